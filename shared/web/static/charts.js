/* charts.js — Apache ECharts (served from node_modules at /static/vendor/echarts.min.js) with the suite's looks.
 * Charts.trend(el, {categories, series: [{name, data, type: "line"|"bar"}], format: "num"|"yuan"}) draws monthly
 * trends; values in 分 when format is "yuan" (labels in 元, integer arithmetic in Api.yuan / Api.yuanShort).
 * Tooltips are rich text (no HTML strings), so the strict CSP holds. Charts follow the width of their box. */
(function () {
  "use strict";

  const COLORS = ["#b3261e", "#1f5fa8", "#2e7d32", "#b26a00", "#6a3d9a", "#00838f"];
  const live = [];

  function init(el) {
    const chart = echarts.init(el, null, { renderer: "canvas", locale: "ZH" });
    live.push(chart);
    return chart;
  }

  function trend(el, spec) {
    const fmt = spec.format || "num";
    const full = function (v) { return Api.format(fmt, v); };
    const short = fmt === "yuan" ? Api.yuanShort : Api.num;
    const chart = init(el);
    chart.setOption({
      color: COLORS,
      animation: false,
      grid: { left: 8, right: 12, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, type: "scroll" },
      tooltip: { trigger: "axis", renderMode: "richText", valueFormatter: full },
      xAxis: { type: "category", data: spec.categories, axisTick: { alignWithLabel: true } },
      yAxis: { type: "value", minInterval: 1, axisLabel: { formatter: function (v) { return short(Math.trunc(v)); } } },
      series: spec.series.map(function (s) {
        return { name: s.name, type: s.type || "line", data: s.data, smooth: false, symbolSize: 6,
                 label: { show: !!s.labels, position: "top", formatter: function (p) { return short(p.value); } } };
      }),
    });
    el.dataset.rendered = "true";
    return chart;
  }

  function share(el, spec) {  // a part of a whole, e.g. the green channel's share: [{name, value}]
    const chart = init(el);
    chart.setOption({
      color: COLORS,
      animation: false,
      tooltip: { trigger: "item", renderMode: "richText" },
      legend: { bottom: 0 },
      series: [{ type: "pie", radius: ["45%", "70%"], data: spec.data,
                 label: { formatter: function (p) { return p.name + " " + Api.num(p.value); } } }],
    });
    el.dataset.rendered = "true";
    return chart;
  }

  let pending = null;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(function () { live.forEach(function (c) { c.resize(); }); }, 100);
  });

  window.Charts = { trend: trend, share: share, all: live };
})();
