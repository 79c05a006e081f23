/* 案件查询: GET /api/v1/cases with case_number (exact or partial) / party_name (prefix) / court (and the courts below
 * it) / green_channel, and the filters a figure of the overview links with (state, filed_from, filed_to); results
 * 绿色通道 first, then by filing date. A party's id number is never put in a URL: with one, the search is a POST to
 * /api/v1/cases/search with every filter in the body (the field has no name, so a native submit leaves it out).
 * Parties arrive masked by role, as the API shows them. */
(function () {
  "use strict";

  const FIELDS = ["case_number", "party_name", "court", "green_channel", "state", "filed_from", "filed_to"];
  const STATE_LABELS = { concluded_no_assets: "终本" };
  const PAGE = 50;

  function names(list) { return (list || []).map(function (p) { return p.name; }).join("、"); }

  document.addEventListener("DOMContentLoaded", function () {
    if (!Api.token()) { location.assign(Api.signinUrl()); return; }  // a staff page: sign in first
    const form = document.getElementById("search");
    const idField = document.getElementById("id_number");
    const params = new URLSearchParams(location.search);
    let query = {};
    FIELDS.forEach(function (k) {
      const v = params.get(k);
      if (v) { query[k] = v; form.elements[k].value = v; }
    });
    const tbody = document.getElementById("results");
    const more = document.getElementById("more");
    let cursor = null;
    let shown = [];
    let byId = null;  // the body of a POST search, when an id number was given
    const columns = [
      { field: "case_number", href: function (c) { return "/cases/" + encodeURIComponent(c.id); }, class: "nowrap" },
      { field: function (c) { return names(c.applicants); } },
      { field: function (c) { return names(c.respondents); } },
      { field: "filed_on", format: "date", class: "nowrap" },
      { field: "state_label" },
      { field: "amount_owed_fen", format: "yuan", class: "num" },
      { field: "executing_court_code", class: "nowrap" },
      { field: function (c) { return c.priority === 0 ? "绿色通道" : ""; } },
    ];
    const notes = [];
    if (query.state) notes.push("状态：" + (STATE_LABELS[query.state] || query.state));
    if (query.filed_from || query.filed_to) notes.push("立案日期：" + (query.filed_from || "…") + " 至 " + (query.filed_to || "…"));
    if (notes.length) { const f = document.getElementById("filters"); f.textContent = "筛选条件：" + notes.join("；"); f.hidden = false; }

    async function load() {
      try {
        const page = byId
          ? await Api.post("/api/v1/cases/search", Object.assign({}, byId, { limit: PAGE, cursor: cursor || undefined }),
                           { idempotencyKey: false })
          : await Api.get("/api/v1/cases", { query: Object.assign({ limit: PAGE, cursor: cursor }, query) });
        shown = shown.concat(page.items);
        Api.rows(tbody, shown, columns);
        cursor = page.next_cursor;
        more.hidden = !cursor || page.items.length < PAGE;
        document.body.dataset.loaded = "true";
      } catch (err) {
        Api.showError(err);
      }
    }

    form.addEventListener("submit", function (ev) {
      const id = idField.value.trim();
      if (!id) return;  // a plain search: the filters go in the URL, as before
      ev.preventDefault();  // an id number: a POST body, never the URL
      const body = { id_number: id };
      FIELDS.forEach(function (k) {
        const v = (form.elements[k].value || "").trim();
        if (v) body[k] = k === "green_channel" ? v === "true" : v;
      });
      byId = body;
      cursor = null;
      shown = [];
      document.body.dataset.loaded = "false";
      Api.clearError();
      load();
    });
    more.addEventListener("click", load);
    if (Object.keys(query).length) load();
    else document.body.dataset.loaded = "true";
  });
})();
