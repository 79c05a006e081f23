/* api.js — the pages' one way to their service's JSON APIs.
 *
 * - The bearer token lives in sessionStorage (this tab only; never in a URL, never in a cookie): the sign-in page
 *   stores it, every call sends it as `Authorization: Bearer …`, 401 on a staff page goes back to sign-in.
 * - Errors are RFC 9457 problem+json: Api.showError turns them into a polite Chinese sentence (429 tells when to
 *   try again from Retry-After).
 * - Money arrives in integer 分 and is shown in 元 with thousands separators by string arithmetic, never floats;
 *   times in Asia/Shanghai. The same rules as the server's Jinja2 filters (shared/web/filters.py).
 * - DOM is filled with textContent only (Api.bind, Api.el): data is never parsed as HTML.
 */
(function () {
  "use strict";

  const TOKEN = "suite.token";
  const WHO = "suite.who";
  const MISSING = "—";

  class ApiError extends Error {
    constructor(status, problem, retryAfter) {
      super((problem && problem.title) || ("HTTP " + status));
      this.name = "ApiError";
      this.status = status;
      this.problem = problem || {};
      this.code = this.problem.code || null;
      this.retryAfter = retryAfter == null ? null : retryAfter;
    }
  }

  // ------------------------------------------------------------------ token
  function store() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }

  function token() {
    const s = store();
    return s ? s.getItem(TOKEN) : null;
  }

  function remember(signedIn, label) {
    const s = store();
    if (!s) throw new Error("sessionStorage is not available");
    s.setItem(TOKEN, signedIn.access_token);
    s.setItem(WHO, JSON.stringify({ sub: signedIn.sub, org: signedIn.org, roles: signedIn.roles,
                                    label: label || null, expires_at: signedIn.expires_at }));
  }

  function forget() {
    const s = store();
    if (s) { s.removeItem(TOKEN); s.removeItem(WHO); }
  }

  function who() {
    const s = store();
    try { return s && s.getItem(TOKEN) ? JSON.parse(s.getItem(WHO) || "null") : null; } catch (e) { return null; }
  }

  function signinUrl() {
    return "/signin?next=" + encodeURIComponent(location.pathname + location.search);
  }

  // ------------------------------------------------------------------ requests
  function newKey() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }

  function parseRetryAfter(value) {
    if (!value) return null;
    if (/^\d+$/.test(value.trim())) return parseInt(value, 10);
    const when = Date.parse(value);
    return isNaN(when) ? null : Math.max(1, Math.ceil((when - Date.now()) / 1000));
  }

  /* request(method, path, {body, query, headers, idempotencyKey, auth, redirect}) → parsed JSON.
   * Only this origin's paths ("/api/…"). POSTs carry an Idempotency-Key (a new one unless given: pass the same key
   * to retry a submission safely; false for none). Throws ApiError. */
  async function request(method, path, opts) {
    opts = opts || {};
    if (typeof path !== "string" || path.charAt(0) !== "/" || path.charAt(1) === "/") {
      throw new Error("api.js calls this origin's APIs only: " + path);
    }
    if (opts.query) {
      const q = new URLSearchParams();
      Object.keys(opts.query).forEach(function (k) {
        const v = opts.query[k];
        if (v !== undefined && v !== null && v !== "") q.append(k, v);
      });
      const qs = q.toString();
      if (qs) path += (path.indexOf("?") < 0 ? "?" : "&") + qs;
    }
    const headers = { "Accept": "application/json, application/problem+json" };
    const t = token();
    if (t && opts.auth !== false) headers["Authorization"] = "Bearer " + t;
    let body;
    if (opts.body !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(opts.body);
    }
    if (method !== "GET" && method !== "HEAD" && opts.idempotencyKey !== false) {
      headers["Idempotency-Key"] = opts.idempotencyKey || newKey();
    }
    Object.assign(headers, opts.headers || {});
    let res;
    try {
      res = await fetch(path, { method: method, headers: headers, body: body, credentials: "omit",
                                cache: "no-store", referrerPolicy: "no-referrer" });
    } catch (e) {
      throw new ApiError(0, { code: "network", title: "网络连接失败" });
    }
    const type = res.headers.get("Content-Type") || "";
    const data = type.indexOf("json") >= 0 ? await res.json().catch(function () { return null; })
                                           : await res.text();
    if (res.ok) return data;
    const problem = data && typeof data === "object" ? data : { title: res.statusText };
    let retry = parseRetryAfter(res.headers.get("Retry-After"));
    if (retry == null && typeof problem.retry_after_seconds === "number") retry = problem.retry_after_seconds;
    const err = new ApiError(res.status, problem, retry);
    if (res.status === 401 && opts.redirect !== false && document.body && document.body.dataset.staff === "true") {
      forget();
      location.assign(signinUrl());
    }
    throw err;
  }

  // ------------------------------------------------------------------ errors, politely
  function chinese(title) {  // "组织代码无效 (not an organisation code)" → "组织代码无效"
    return String(title || "").replace(/\s*\([^()]*\)\s*$/, "");
  }

  function message(err) {
    if (!(err instanceof ApiError)) return "页面出错了，请刷新后重试。";
    const p = err.problem || {};
    const title = chinese(p.title);
    const ref = p.request_id ? "（请求编号 " + p.request_id + "）" : "";
    switch (true) {
      case err.status === 0: return "网络连接失败，请检查网络后重试。";
      case err.status === 401: return "请先登录，或登录已过期。";
      case err.status === 403: return "您的角色无权进行此操作" + (title ? "：" + title : "") + "。";
      case err.status === 404: return "未找到要查看的内容" + (title && title !== "Not Found" ? "：" + title : "") + "。";
      case err.status === 412: return "内容已被他人更新，请刷新后重试。";
      case err.status === 413: return "提交的内容过大，请精简后重试。";
      case err.status === 429:
        return err.retryAfter ? "请求过于频繁，请在 " + err.retryAfter + " 秒后再试。" : "请求过于频繁，请稍后再试。";
      case err.status >= 500:
        return "服务暂时不可用，请" + (err.retryAfter ? " " + err.retryAfter + " 秒后" : "稍后") + "重试。" + ref;
      default: return (title || "请求未被受理") + (p.detail && err.status === 422 ? "（" + p.detail + "）" : "") + "。";
    }
  }

  function showError(err, target) {
    const el = target || document.querySelector("[data-alert]");
    const text = message(err);
    if (el) {
      el.textContent = text;
      el.dataset.status = err instanceof ApiError ? String(err.status) : "error";
      el.hidden = false;
    }
    if (!(err instanceof ApiError)) console.error(err);
    return text;
  }

  function clearError(target) {
    const el = target || document.querySelector("[data-alert]");
    if (el) { el.hidden = true; el.textContent = ""; }
  }

  // ------------------------------------------------------------------ formats (integer arithmetic for money)
  function group(digits) { return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ","); }

  function toInteger(value, what) {
    if (typeof value === "bigint") return value;
    if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value);
    if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
    throw new TypeError(what + " needs an integer, got " + JSON.stringify(value));
  }

  function yuan(fen) {  // 123456789 → "¥1,234,567.89"
    if (fen === null || fen === undefined) return MISSING;
    const n = toInteger(fen, "yuan(fen)");
    const digits = (n < 0n ? -n : n).toString().padStart(3, "0");
    return (n < 0n ? "-" : "") + "¥" + group(digits.slice(0, -2)) + "." + digits.slice(-2);
  }

  function yuanShort(fen) {  // axis labels: 1700000_00 分 → "¥170万"; whole 元 below 万
    if (fen === null || fen === undefined) return MISSING;
    const n = toInteger(Math.trunc(Number(fen)), "yuanShort(fen)");
    const abs = n < 0n ? -n : n;
    const sign = n < 0n ? "-" : "";
    if (abs >= 1000000n) return sign + "¥" + group((abs / 1000000n).toString()) + "万";
    return sign + "¥" + group((abs / 100n).toString());
  }

  function num(n) {
    if (n === null || n === undefined) return MISSING;
    const v = toInteger(n, "num(n)");
    return (v < 0n ? "-" : "") + group((v < 0n ? -v : v).toString());
  }

  function percent(part, whole) {  // integer per-mille rounding: 1 of 3 → "33.3%"
    if (part == null || whole == null || Number(whole) === 0) return MISSING;
    const p = toInteger(part, "percent"), w = toInteger(whole, "percent");
    const permille = (p * 2000n + w) / (2n * w);
    return (permille / 10n).toString() + "." + (permille % 10n).toString() + "%";
  }

  const CN_PARTS = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

  function parts(value) {
    const d = value instanceof Date ? value : new Date(value);
    if (isNaN(d.getTime())) return null;
    const out = {};
    CN_PARTS.formatToParts(d).forEach(function (p) { out[p.type] = p.value; });
    return out;
  }

  function cnTime(value) {  // "2024-05-10T01:30:00Z" → "2024-05-10 09:30"
    if (value === null || value === undefined || value === "") return MISSING;
    const p = parts(value);
    return p ? p.year + "-" + p.month + "-" + p.day + " " + p.hour + ":" + p.minute : String(value);
  }

  function cnDate(value) {  // a date stays as it is; a moment is read in Asia/Shanghai
    if (value === null || value === undefined || value === "") return MISSING;
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
    const p = parts(value);
    return p ? p.year + "-" + p.month + "-" + p.day : String(value);
  }

  const FORMATS = { yuan: yuan, yuanShort: yuanShort, num: num, time: cnTime, date: cnDate,
                    text: function (v) { return v === null || v === undefined || v === "" ? MISSING : String(v); } };

  function format(kind, value) {
    return (FORMATS[kind] || FORMATS.text)(value);
  }

  // ------------------------------------------------------------------ DOM (textContent only)
  function get(data, path) {
    return String(path).split(".").reduce(function (o, k) { return o == null ? undefined : o[k]; }, data);
  }

  /* bind(root, data): every [data-field="a.b"] under root shows get(data, "a.b") in its data-format. */
  function bind(root, data) {
    (root || document).querySelectorAll("[data-field]").forEach(function (el) {
      el.textContent = format(el.dataset.format, get(data, el.dataset.field));
    });
  }

  /* el("a", {href: "/x", class: "c", dataset: {k: "v"}}, "text", child…) */
  function el(tag, attrs) {
    const node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      const v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k === "dataset") Object.assign(node.dataset, v);
      else if (k === "text") node.textContent = v;
      else if (k === "class") node.className = v;
      else node.setAttribute(k, v === true ? "" : String(v));
    });
    for (let i = 2; i < arguments.length; i++) {
      const c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : String(c));
    }
    return node;
  }

  /* rows(tbody, items, [{field, format, href(item)}]): a table body, replaced. */
  function rows(tbody, items, columns) {
    tbody.replaceChildren.apply(tbody, items.map(function (item) {
      return el.apply(null, ["tr", null].concat(columns.map(function (col) {
        const text = format(col.format, typeof col.field === "function" ? col.field(item) : get(item, col.field));
        const href = col.href ? col.href(item) : null;
        return el("td", { class: col.class }, href ? el("a", { href: href }, text) : text);
      })));
    }));
    if (!items.length) {
      tbody.replaceChildren(el("tr", null, el("td", { colspan: columns.length, class: "muted" }, "暂无数据")));
    }
  }

  // ------------------------------------------------------------------ header: who is signed in
  function header() {
    const box = document.querySelector("[data-who]");
    if (!box) return;
    const w = who();
    if (!w) { box.hidden = true; return; }
    box.querySelector("[data-who-name]").textContent = (w.label || (w.roles || []).join("、")) + " · " + w.org;
    box.hidden = false;
    const out = box.querySelector("[data-signout]");
    if (out) out.addEventListener("click", function () { forget(); location.assign(signinUrl()); });
  }

  window.Api = {
    ApiError: ApiError, request: request,
    get: function (path, opts) { return request("GET", path, opts); },
    post: function (path, body, opts) { return request("POST", path, Object.assign({}, opts, { body: body })); },
    token: token, remember: remember, forget: forget, who: who, signinUrl: signinUrl,
    message: message, showError: showError, clearError: clearError,
    yuan: yuan, yuanShort: yuanShort, num: num, percent: percent, cnTime: cnTime, cnDate: cnDate, format: format,
    pick: get, bind: bind, el: el, rows: rows,
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", header);
  else header();
})();
