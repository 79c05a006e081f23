/* signin.js — the local sign-in form: POST /signin (JSON), keep the token in sessionStorage, go back to the page
 * that asked. The token never travels in a URL. */
(function () {
  "use strict";

  function start() {
    const form = document.getElementById("signin-form");
    if (!form) return;
    form.addEventListener("submit", async function (event) {
      event.preventDefault();
      Api.clearError();
      const data = new FormData(form);
      const body = { role: data.get("role"), org: String(data.get("org") || "").trim() };
      const sub = String(data.get("sub") || "").trim();
      if (sub) body.sub = sub;
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      try {
        const signedIn = await Api.post("/signin", body, { idempotencyKey: false, auth: false, redirect: false });
        const option = form.querySelector("select[name=role]").selectedOptions[0];
        Api.remember(signedIn, option ? option.textContent.replace(/（.*$/, "") : null);
        const next = form.dataset.next || "/";
        location.assign(/^\/(?![\/\\])/.test(next) ? next : "/");
      } catch (err) {
        Api.showError(err);
        button.disabled = false;
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
