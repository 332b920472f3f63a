'use strict';
// The analyst's page: disagreements first, then every series with each source's latest figure side by side,
// a timeline for the selected series, the evidence of a clicked claim inside its article, and a live feed.
(function () {
  const { el, api, streamUrl, figure, sourceOf } = Dash;
  const $ = (id) => document.getElementById(id);
  const FIELDS = ['measure', 'subject', 'source', 'location', 'q'];
  const state = { filters: {}, windowDays: 30, selected: null, feed: null, refresh: null };

  function status(text, isError) {
    $('status').textContent = text || '';
    $('status').className = isError ? 'error' : '';
  }

  function seriesLabel(s) {
    return [s.subject || 'unknown subject', s.measure, s.location || 'no location'].join(' · ');
  }

  function sameSeries(a, b) {
    return a && b && a.subject === b.subject && a.measure === b.measure && a.location === b.location;
  }

  function claimButton(claim, className) {
    const button = el('button', 'claim ' + (className || ''),
      el('span', 'who', sourceOf(claim)), el('span', 'figure', figure(claim.quantity.low, claim.quantity.high)),
      el('span', 'when', claim.statedOn || ''));
    button.type = 'button';
    button.addEventListener('click', (e) => { e.stopPropagation(); showClaim(claim); });
    return button;
  }

  function renderDisagreements(list) {
    const ol = $('disagreements');
    ol.replaceChildren();
    if (!list.length) ol.append(el('li', 'empty', 'No sources disagree within ' + state.windowDays + ' days.'));
    for (const d of list) {
      const head = el('div', 'head', el('strong', null, seriesLabel(d)), el('span', 'gap', 'gap ' + figure(d.gap, d.gap)));
      const li = el('li', 'card', head, el('div', 'claims', ...d.claims.map(c => claimButton(c))));
      li.addEventListener('click', () => select(d));
      ol.append(li);
    }
  }

  function sourceChip(f) {
    const chip = el('button', 'chip', el('span', 'who', f.source), el('span', 'figure', figure(f.low, f.high)),
      el('span', 'when', f.date || 'undated'), f.articles > 1 ? el('span', 'badge', '×' + f.articles) : null);
    chip.type = 'button';
    chip.title = f.articles > 1 ? 'carried by ' + f.articles + ' articles' : 'carried by 1 article';
    chip.dataset.claimId = f.claimId;
    chip.addEventListener('click', (e) => { e.stopPropagation(); showClaimById(f.claimId); });
    return chip;
  }

  function renderSeries(list) {
    const body = $('series').tBodies[0];
    body.replaceChildren();
    if (!list.length) body.append(el('tr', 'empty', el('td', null, 'No claims match these filters.')));
    for (const s of list) {
      const row = el('tr', sameSeries(s, state.selected) ? 'selected' : null,
        el('td', 'label', seriesLabel(s)),
        el('td', null, el('div', 'chips', ...s.sources.map(sourceChip))),
        el('td', 'num', figure(s.min, s.max)),
        el('td', 'num', s.count),
        el('td', 'dates', el('div', null, s.first || '?'), el('div', null, '→ ' + (s.last || '?'))));
      row.series = s;
      row.addEventListener('click', () => select(s));
      body.append(row);
    }
  }

  function select(s) {
    state.selected = { subject: s.subject, measure: s.measure, location: s.location };
    for (const row of $('series').tBodies[0].rows) row.classList.toggle('selected', sameSeries(row.series, state.selected));
    loadTimeline().catch(e => status(e.message, true));
  }

  async function loadTimeline() {
    const s = state.selected;
    if (!s) return;
    $('chart-title').replaceChildren('Timeline', el('span', 'aside', seriesLabel(s)));
    // the filters match substrings: keep only this exact series
    const result = await api('/api/dashboard/timeline', Object.assign({}, state.filters,
      { subject: s.subject, measure: s.measure, location: s.location }));
    const points = result.points.filter(p => sameSeries(p, s));
    DashChart.render($('timeline'), points, showClaimById);
  }

  async function loadSeries() {
    const result = await api('/api/dashboard/series', state.filters);
    if (!state.selected && result.series.length) {
      state.selected = result.series[0];
      loadTimeline().catch(e => status(e.message, true));
    }
    renderSeries(result.series);
  }

  async function loadDisagreements() {
    const result = await api('/api/dashboard/disagreements', Object.assign({ windowDays: state.windowDays }, state.filters));
    renderDisagreements(result.disagreements);
  }

  async function loadAll() {
    try {
      await Promise.all([loadDisagreements(), loadSeries()]);
      status('Updated ' + new Date().toLocaleTimeString());
    } catch (e) {
      status(e.message, true);
    }
  }

  async function showClaimById(claimId) {
    try {
      showClaim(await api('/api/claims/' + encodeURIComponent(claimId)));
    } catch (e) {
      status(e.message, true);
    }
  }

  async function showClaim(claim) {
    try {
      const article = await api('/api/articles/' + encodeURIComponent(claim.articleId));
      renderEvidence(claim, article);
    } catch (e) {
      status(e.message, true);
    }
  }

  function renderEvidence(claim, article) {
    $('article-meta').textContent = [article.title, article.outlet, article.publishedAt, article.language]
      .filter(Boolean).join(' · ');
    $('claim-summary').replaceChildren(el('div', null,
      el('span', 'who', sourceOf(claim)), ' ', el('span', 'figure', figure(claim.quantity.low, claim.quantity.high)),
      ' ', claim.measure, claim.subject ? ' · ' + claim.subject.name : '', claim.location ? ' · ' + claim.location.name : '',
      claim.statedOn ? ' · stated ' + claim.statedOn : '', claim.hedged ? el('span', 'badge', 'hedged') : null));
    const body = article.body || '';
    let start = claim.evidence.start;
    let end = claim.evidence.end;
    // offsets are UTF-16 indices like JavaScript's; fall back to searching the sentence if they do not fit
    if (!(start >= 0 && end <= body.length && start < end) || body.slice(start, end) !== claim.evidence.text) {
      const at = body.indexOf(claim.evidence.text);
      if (at >= 0) { start = at; end = at + claim.evidence.text.length; }
    }
    const mark = el('mark', null, body.slice(start, end));
    $('article-body').replaceChildren(body.slice(0, start), mark, body.slice(end));
    mark.scrollIntoView({ block: 'center' });
  }

  function connectFeed() {
    if (state.feed) state.feed.close();
    const source = new EventSource(streamUrl(state.filters));
    state.feed = source;
    source.onopen = () => { $('feed-state').textContent = 'live'; };
    source.onerror = () => { $('feed-state').textContent = 'reconnecting…'; };
    source.addEventListener('claim', (event) => {
      const claim = JSON.parse(event.data);
      const item = el('li', 'fresh', claimButton(claim, 'wide'),
        el('span', 'what', claim.measure + (claim.subject ? ' · ' + claim.subject.name : '')
          + (claim.location ? ' · ' + claim.location.name : '')));
      item.dataset.claimId = claim.claimId;
      $('feed').prepend(item);
      while ($('feed').children.length > 50) $('feed').lastChild.remove();
      // new claims change series and disagreements: refresh once the burst is over
      clearTimeout(state.refresh);
      state.refresh = setTimeout(() => { loadAll(); loadTimeline().catch(() => {}); }, 2000);
    });
  }

  function readFilters() {
    const form = $('filters');
    state.filters = {};
    for (const f of FIELDS) {
      const v = form.elements[f].value.trim();
      if (v) state.filters[f] = v;
    }
  }

  function start() {
    const form = $('filters');
    const params = new URLSearchParams(location.search);
    for (const f of FIELDS) if (params.has(f)) form.elements[f].value = params.get(f);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      readFilters();
      state.selected = null;
      loadAll();
      connectFeed();
    });
    form.addEventListener('reset', () => setTimeout(() => form.requestSubmit(), 0));
    $('window').addEventListener('change', () => {
      state.windowDays = Number($('window').value);
      loadDisagreements().catch(e => status(e.message, true));
    });
    readFilters();
    loadAll();
    connectFeed();
  }

  start();
})();
