/* The tip form: POST /api/v1/public/notices/{number}/tips (no token), then the receipt code — shown once. One
 * Idempotency-Key per tip, so a retry after a network failure does not register it twice. */
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    const form = document.getElementById("tip-form");
    const number = document.getElementById("notice").dataset.number;
    let key = null;
    form.addEventListener("submit", async function (ev) {
      ev.preventDefault();
      Api.clearError();
      const f = form.elements;
      const text = f.clue_text.value.trim();
      if (!text) { f.clue_text.focus(); Api.showError(new Api.ApiError(422, { title: "请填写线索内容" })); return; }
      const tipster = {};
      if (f.name.value.trim()) tipster.name = f.name.value.trim();
      if (f.phone.value.trim()) tipster.phone = f.phone.value.trim();
      tipster.declares_no_exclusion = f.declares_no_exclusion.checked;
      const body = { clue_kind: f.clue_kind.value, clue_text: text, tipster: tipster };
      if (f.asset_identifier.value.trim()) body.asset_identifier = f.asset_identifier.value.trim();
      if (f.place.value.trim()) body.place = f.place.value.trim();
      key = key || (window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      try {
        const r = await Api.post("/api/v1/public/notices/" + encodeURIComponent(number) + "/tips", body,
                                 { auth: false, idempotencyKey: key });
        key = null;
        document.getElementById("receipt-code").textContent = r.receipt;
        document.getElementById("receipt-time").textContent = Api.cnTime(r.received_at);
        document.getElementById("receipt-status").textContent = r.status === "received" ? "已登记" : r.status;
        form.hidden = true;
        document.getElementById("receipt").hidden = false;
        document.getElementById("receipt").scrollIntoView();
      } catch (err) {
        if (err instanceof Api.ApiError && err.status >= 400 && err.status < 500 && err.status !== 429) key = null;
        Api.showError(err);
      } finally {
        button.disabled = false;
      }
    });
  });
})();
