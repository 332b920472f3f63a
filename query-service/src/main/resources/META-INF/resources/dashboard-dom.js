'use strict';
// Small helpers shared by the dashboard scripts. Every string from the API goes through text nodes:
// articles are untrusted input, and nothing here ever assigns innerHTML.
window.Dash = (function () {
  const KEY = 'claims.apiKey';
  const numbers = new Intl.NumberFormat('en-US');

  // a ?key= in the address is moved to sessionStorage and removed from the address bar and history
  const params = new URLSearchParams(location.search);
  if (params.has('key')) {
    sessionStorage.setItem(KEY, params.get('key'));
    params.delete('key');
    history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
  }

  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function query(path, values) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(values || {})) {
      if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
    }
    return url;
  }

  async function api(path, values) {
    const headers = { Accept: 'application/json' };
    const key = sessionStorage.getItem(KEY);
    if (key) headers.Authorization = 'Bearer ' + key;
    const response = await fetch(query(path, values), { headers });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new Error((problem && problem.detail) || ('HTTP ' + response.status));
    }
    return response.json();
  }

  // EventSource cannot send headers: the stream alone accepts the key as a query parameter
  function streamUrl(values) {
    const key = sessionStorage.getItem(KEY);
    return query('/api/claims/stream', Object.assign({}, values, key ? { key } : {}));
  }

  function figure(low, high) {
    return low === high ? numbers.format(low) : numbers.format(low) + '–' + numbers.format(high);
  }

  function sourceOf(claim) {
    return claim.source && claim.source.name ? claim.source.name : 'unattributed';
  }

  return { el, api, streamUrl, figure, sourceOf, numbers };
})();
