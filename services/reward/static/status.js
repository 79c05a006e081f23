/* A tip's status by receipt: GET /api/v1/public/tips/{receipt} (no token). The receipt stays in the form, never
 * in this page's URL. */
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    const form = document.getElementById("status-form");
    const out = document.getElementById("status-result");
    form.addEventListener("submit", async function (ev) {
      ev.preventDefault();
      Api.clearError();
      out.hidden = true;
      const receipt = form.elements.receipt.value.trim();
      if (!/^[A-Za-z0-9_-]{16,100}$/.test(receipt)) {
        Api.showError(new Api.ApiError(422, { title: "回执码格式不正确，请核对后重新输入" }));
        return;
      }
      try {
        const s = await Api.get("/api/v1/public/tips/" + encodeURIComponent(receipt), { auth: false });
        document.getElementById("status-notice").textContent = s.notice_no;
        document.getElementById("status-label").textContent = s.status_label;
        document.getElementById("status-received").textContent = Api.cnTime(s.received_at);
        document.getElementById("status-updated").textContent = Api.cnTime(s.updated_at);
        out.hidden = false;
      } catch (err) {
        Api.showError(err);
      }
    });
  });
})();
