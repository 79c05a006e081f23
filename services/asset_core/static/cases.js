/* 案件查询: GET /api/v1/cases with case_number (exact or partial) / party_name (prefix) and the filters a figure of
 * the overview links with (state, filed_from, filed_to). Parties arrive masked by role, as the API shows them. */
(function () {
  "use strict";

  const FIELDS = ["case_number", "party_name", "state", "filed_from", "filed_to"];
  const STATE_LABELS = { concluded_no_assets: "终本" };

  function names(list) { return (list || []).map(function (p) { return p.name; }).join("、"); }

  document.addEventListener("DOMContentLoaded", function () {
    if (!Api.token()) { location.assign(Api.signinUrl()); return; }  // a staff page: sign in first
    const form = document.getElementById("search");
    const params = new URLSearchParams(location.search);
    const query = {};
    FIELDS.forEach(function (k) {
      const v = params.get(k);
      if (v) { query[k] = v; form.elements[k].value = v; }
    });
    const tbody = document.getElementById("results");
    const more = document.getElementById("more");
    let cursor = null;
    let shown = [];
    const columns = [
      { field: "case_number", href: function (c) { return "/cases/" + encodeURIComponent(c.id); }, class: "nowrap" },
      { field: function (c) { return names(c.applicants); } },
      { field: function (c) { return names(c.respondents); } },
      { field: "filed_on", format: "date", class: "nowrap" },
      { field: "state_label" },
      { field: "amount_owed_fen", format: "yuan", class: "num" },
    ];
    const notes = [];
    if (query.state) notes.push("状态：" + (STATE_LABELS[query.state] || query.state));
    if (query.filed_from || query.filed_to) notes.push("立案日期：" + (query.filed_from || "…") + " 至 " + (query.filed_to || "…"));
    if (notes.length) { const f = document.getElementById("filters"); f.textContent = "筛选条件：" + notes.join("；"); f.hidden = false; }

    async function load() {
      try {
        const page = await Api.get("/api/v1/cases", { query: Object.assign({ limit: 50, cursor: cursor }, query) });
        shown = shown.concat(page.items);
        Api.rows(tbody, shown, columns);
        cursor = page.next_cursor;
        more.hidden = !cursor || page.items.length < 50;
        document.body.dataset.loaded = "true";
      } catch (err) {
        Api.showError(err);
      }
    }
    more.addEventListener("click", load);
    if (Object.keys(query).length) load();
    else document.body.dataset.loaded = "true";
  });
})();
