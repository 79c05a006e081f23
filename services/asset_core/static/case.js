/* 案件页: the case (parties masked by role, deadlines), its asset ledger (GET …/asset-state: assets, measures and
 * their expiry, auctions), its recoveries, its payouts (执行款发放, with the 30-day deadline of the money waiting) and
 * its timeline — all from the API with the signed-in token. */
(function () {
  "use strict";

  const ROLE = { applicant: "申请执行人", respondent: "被执行人" };
  const KIND = { person: "自然人", organisation: "法人/组织" };
  const DEADLINE = { done: ["已完成", "ok"], done_late: ["逾期完成", "warn"], overdue: ["已逾期", "bad"],
                     due: ["即将到期", "warn"], pending: ["未到期", ""], suspended: ["中止计算", ""] };
  const MEASURE = { active: ["有效", "ok"], expiring: ["即将到期", "warn"], queued: ["轮候", ""],
                    released: ["已解除", ""], lapsed: ["已失效", "bad"] };
  const ASSET = { discovered: "已发现", controlled: "已控制", in_disposal: "处置中", sold: "已变价",
                  delivered_in_kind: "以物抵债", released: "已解除" };
  const TYPE = { bank_deposit: "银行存款", real_estate: "不动产", movable: "动产", vehicle: "车辆", equity: "股权",
                 securities: "证券", other_property_right: "其他财产权", online_funds: "网络资金", ship: "船舶" };
  const FOUND = { online_query: "网络查控", on_site: "现场发现", debtor_report: "被执行人申报", tip: "悬赏线索",
                  police: "公安协查", applicant: "申请执行人提供" };
  const METHOD = { online_auction: "网络司法拍卖", auction: "委托拍卖", sale: "变卖" };
  const OUTCOME = { scheduled: "待拍", failed: "流拍", sold: "成交" };
  const PAYOUT_STATUS = { overdue: "已超过发放期限", due: "即将届满", pending: "" };
  const SOURCE = { debtor_payment: "被执行人履行", deduction: "扣划", auction: "拍卖款", in_kind: "以物抵债",
                   settlement_payment: "和解履行", third_party: "第三人" };

  function inYuan(text) {  // the events' summaries count money in 分: shown in 元 like every amount
    return String(text).replace(/(-?\d+) ?分/g, function (m, n) { return Api.yuan(n); });
  }

  function badge(cell, pair) {
    cell.replaceChildren(Api.el("span", { class: "badge " + (pair[1] || "") }, pair[0]));
  }

  function decorate(tbody, items, column, map, attr) {
    tbody.querySelectorAll("tr").forEach(function (tr, i) {
      const item = items[i];
      if (!item) return;
      tr.dataset[attr] = item.status;
      badge(tr.children[column], map[item.status] || [item.status, ""]);
    });
  }

  async function start() {
    const id = document.getElementById("case-title").dataset.caseId;
    const base = "/api/v1/cases/" + encodeURIComponent(id);
    let c, state, recoveries, timeline, payouts;
    try {
      [c, state, recoveries, timeline, payouts] = await Promise.all([
        Api.get(base), Api.get(base + "/asset-state"), Api.get(base + "/recoveries"), Api.get(base + "/timeline"),
        Api.get(base + "/payouts")]);
    } catch (err) {
      Api.showError(err);
      return;
    }
    document.getElementById("case-title").textContent = "案件 " + c.case_number;
    document.title = c.case_number + " · 案件";
    const box = document.getElementById("case");
    Api.bind(box, Object.assign({}, c, state, { state_label: c.state_label }));

    const parties = c.applicants.map(function (p) { return Object.assign({ role: "applicant" }, p); })
      .concat(c.respondents.map(function (p) { return Object.assign({ role: "respondent" }, p); }));
    Api.rows(document.getElementById("parties"), parties, [
      { field: function (p) { return ROLE[p.role]; } }, { field: "name" },
      { field: function (p) { return KIND[p.kind] || p.kind; } }, { field: "id_number", class: "nowrap" },
      { field: "phone", class: "nowrap" }]);

    const deadlines = document.getElementById("deadlines");
    Api.rows(deadlines, c.deadlines, [
      { field: "label" }, { field: "deadline", format: "date", class: "nowrap" },
      { field: function (d) { return d.moved_for_holiday_from ? "原届满日 " + d.moved_for_holiday_from + " 为节假日，顺延" : ""; } },
      { field: "status" }]);
    decorate(deadlines, c.deadlines, 3, DEADLINE, "status");

    const assetsById = {};
    state.assets.forEach(function (a) { assetsById[a.id] = a; });
    Api.rows(document.getElementById("assets"), state.assets, [
      { field: "description", class: "text" }, { field: function (a) { return TYPE[a.asset_type] || a.asset_type; } },
      { field: "estimated_value_fen", format: "yuan", class: "num" },
      { field: function (a) { return FOUND[a.discovery_source] || a.discovery_source; } },
      { field: function (a) { return ASSET[a.status] || a.status; } }]);

    const measures = document.getElementById("measures");
    Api.rows(measures, state.measures, [
      { field: function (m) { return m.kind_label + (m.flexible ? "（活封）" : ""); } },
      { field: function (m) { return (assetsById[m.asset_id] || {}).description; }, class: "text" },
      { field: "amount_fen", format: "yuan", class: "num" }, { field: "start_on", format: "date", class: "nowrap" },
      { field: "expiry_on", format: "date", class: "nowrap" }, { field: "status" }]);
    decorate(measures, state.measures, 5, MEASURE, "status");

    const rounds = [];
    state.assets.forEach(function (a) {
      a.auction_rounds.forEach(function (r) { rounds.push(Object.assign({ asset: a.description }, r)); });
    });
    Api.rows(document.getElementById("auctions"), rounds, [
      { field: "asset", class: "text" }, { field: function (r) { return "第" + r.round_no + "轮"; } },
      { field: function (r) { return METHOD[r.method] || r.method; } }, { field: "opening_fen", format: "yuan", class: "num" },
      { field: "starts_on", format: "date", class: "nowrap" }, { field: function (r) { return OUTCOME[r.outcome] || r.outcome; } },
      { field: "price_fen", format: "yuan", class: "num" }]);

    Api.rows(document.getElementById("recoveries"), recoveries.items, [
      { field: "received_on", format: "date", class: "nowrap" }, { field: function (r) { return SOURCE[r.source] || r.source; } },
      { field: "amount_fen", format: "yuan", class: "num" }]);

    Api.rows(document.getElementById("payouts"), payouts.items, [
      { field: "paid_on", format: "date", class: "nowrap" }, { field: "payee.name" }, { field: "method_label" },
      { field: "reference", class: "nowrap" }, { field: "amount_fen", format: "yuan", class: "num" }]);
    const summary = ["已到位执行款 " + Api.yuan(payouts.received_fen), "已发放 " + Api.yuan(payouts.paid_out_fen),
                     "待发放 " + Api.yuan(payouts.awaiting_payout_fen)];
    const due = payouts.payout_deadline;
    if (due) {
      summary.push("发放期限 " + due.deadline + (due.moved_for_holiday_from ? "（节假日顺延）" : "") +
                   (PAYOUT_STATUS[due.status] ? "，" + PAYOUT_STATUS[due.status] : ""));
    }
    const summaryEl = document.getElementById("payout-summary");
    summaryEl.textContent = summary.join("；");
    if (due) summaryEl.dataset.status = due.status;

    Api.rows(document.getElementById("designations"), c.designations, [
      { field: "designated_on", format: "date", class: "nowrap" }, { field: "form_label" },
      { field: "designating_court" }, { field: "from_court" }, { field: "to_court" }, { field: "reason", class: "text" }]);

    const list = document.getElementById("timeline");
    list.replaceChildren.apply(list, timeline.items.map(function (e) {
      return Api.el("li", { dataset: { linkage: e.linkage } },
        Api.el("time", { datetime: e.at }, Api.cnTime(e.at)),
        Api.el("span", { class: "badge" }, e.linkage_label), " ", inYuan(e.summary));
    }));
    if (!timeline.items.length) list.replaceChildren(Api.el("li", { class: "muted" }, "暂无记录"));
    box.hidden = false;
    document.body.dataset.loaded = "true";
  }

  document.addEventListener("DOMContentLoaded", start);
})();
