/* The demo page: figures through api.js (bearer from sessionStorage), two ECharts, a table, a 429 shown politely. */
(function () {
  "use strict";

  async function start() {
    const box = document.getElementById("figures");
    let data;
    try {
      data = await Api.get(box.dataset.src);
    } catch (err) {
      Api.showError(err);
      return;
    }
    Api.bind(box, data);
    Charts.trend(document.getElementById("chart-counts"), {
      categories: data.months, series: data.counts.map(function (s) { return { name: s.name, data: s.data, type: "bar" }; }) });
    Charts.trend(document.getElementById("chart-money"), {
      categories: data.months, format: "yuan", series: data.money });
    Api.rows(document.getElementById("months"), data.months.map(function (m, i) {
      return { month: m, alarms: data.counts[0].data[i], dispatches: data.counts[1].data[i], money: data.money[0].data[i] };
    }), [{ field: "month", class: "nowrap" }, { field: "alarms", format: "num", class: "num" },
         { field: "dispatches", format: "num", class: "num" }, { field: "money", format: "yuan", class: "num" }]);
    document.body.dataset.loaded = "true";
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.getElementById("busy").addEventListener("click", function () {
      Api.get("/api/v1/demo/busy").catch(function (err) { Api.showError(err); });
    });
    start();
  });
})();
