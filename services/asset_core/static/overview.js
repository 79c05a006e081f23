/* 四联一核总览: GET /api/v1/overview (the figures), /overview/targets (the campaign targets against their thresholds)
 * and /overview/monthly (the trends) for the court and period of the form, with the signed-in token. */
(function () {
  "use strict";

  function pick(values, key) { return values[key] == null ? null : values[key]; }

  async function start() {
    const form = document.getElementById("period");
    const query = { from: form.dataset.from, to: form.dataset.to, court: form.dataset.court || undefined };
    let overview, targets, monthly;
    try {
      [overview, targets, monthly] = await Promise.all([
        Api.get("/api/v1/overview", { query: query }),
        Api.get("/api/v1/overview/targets", { query: query }),
        Api.get("/api/v1/overview/monthly", { query: query })]);
    } catch (err) {
      Api.showError(err);
      return;
    }
    Api.bind(document.getElementById("scope"), overview);
    Api.bind(document.getElementById("figures"), overview);
    Object.keys(overview.linkages).forEach(function (name) {
      if (!overview.linkages[name].reporting) {
        const box = document.querySelector("[data-linkage='" + name + "'] h2");
        if (box) box.append(" ", Api.el("span", { class: "badge warn" }, "尚未接入"));
      }
    });

    Api.rows(document.getElementById("targets"), targets.targets, [
      { field: "label" },
      { field: "numerator", format: "num", class: "num" },
      { field: "denominator", format: "num", class: "num" },
      { field: function (t) { return Api.percent(t.numerator, t.denominator); }, class: "num" },
      { field: function (t) { return "≥ " + t.threshold_percent + "%"; }, class: "num" },
      { field: function (t) { return t.met === null ? "无可统计案件" : (t.met ? "达标" : "未达标"); } },
    ]);
    document.querySelectorAll("#targets tr").forEach(function (tr, i) {
      const t = targets.targets[i];
      if (!t) return;
      tr.dataset.target = t.key;
      const cell = tr.lastElementChild;
      const text = cell.textContent;
      cell.replaceChildren(Api.el("span", { class: "badge " + (t.met === null ? "" : (t.met ? "ok" : "bad")) }, text));
    });

    const months = monthly.months.map(function (m) { return m.month; });
    const series = function (key, name, type) {
      return { name: name, type: type || "line", data: monthly.months.map(function (m) { return pick(m.values, key); }) };
    };
    Charts.trend(document.getElementById("chart-linkages"), { categories: months, series: [
      series("alarms_received", "接警"), series("officer_dispatches", "出警人次"), series("notices_published", "悬赏发布"),
      series("cases_pushed", "推送终本"), series("people_searched", "协查人员")] });
    Charts.trend(document.getElementById("chart-core"), { categories: months, series: [
      series("cases_registered", "立案", "bar"), series("concluded_no_assets", "终本", "bar"),
      series("fully_executed", "执行完毕（和解中心）", "bar")] });
    Charts.trend(document.getElementById("chart-money"), { categories: months, format: "yuan", series: [
      series("recovered_fen", "执行到位"), series("reward_recovered_fen", "悬赏执行到位")] });
    const registered = overview.core.figures.cases_registered.value || 0;
    const green = overview.core.figures.green_channel_cases.value || 0;
    Charts.share(document.getElementById("chart-green"), { data: [
      { name: "绿色通道", value: green }, { name: "其他案件", value: Math.max(registered - green, 0) }] });
    document.body.dataset.loaded = "true";
  }

  document.addEventListener("DOMContentLoaded", start);
})();
