'use strict';
// The per-series timeline: one colour per source, each claim a floating bar from low to high (a thin bar for an
// exact figure) joined by a line through its midpoints. The x axis counts days, so no date adapter is needed.
window.DashChart = (function () {
  const COLOURS = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#475569'];
  const DAY = 86400000;
  let chart = null;

  const dayOf = (iso) => Math.round(Date.parse(iso + 'T00:00:00Z') / DAY);
  const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

  function datasets(points) {
    const bySource = new Map();
    for (const p of points) {
      if (!p.date) continue; // undated claims cannot be placed in time
      if (!bySource.has(p.source)) bySource.set(p.source, []);
      bySource.get(p.source).push(p);
    }
    const sources = [...bySource.keys()].sort((a, b) => (a === 'unattributed') - (b === 'unattributed') || a.localeCompare(b));
    const out = [];
    sources.forEach((source, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const pts = bySource.get(source);
      out.push({
        type: 'bar', label: source, range: true, grouped: false, barThickness: 10, minBarLength: 4,
        backgroundColor: colour + '88', borderColor: colour, borderWidth: 1,
        data: pts.map(p => ({ x: dayOf(p.date), y: [p.low, p.high], point: p }))
      });
      out.push({
        type: 'line', label: source, borderColor: colour, backgroundColor: colour, borderWidth: 1.5,
        pointRadius: 3, pointHoverRadius: 5, tension: 0,
        data: pts.map(p => ({ x: dayOf(p.date), y: (p.low + p.high) / 2, point: p }))
      });
    });
    return out;
  }

  function render(canvas, points, onPick) {
    const data = { datasets: datasets(points) };
    const days = data.datasets.flatMap(d => d.data.map(v => v.x));
    const pad = days.length && Math.max(...days) - Math.min(...days) < 6 ? 3 : 1;
    if (chart) chart.destroy();
    chart = new Chart(canvas, {
      data,
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        parsing: { xAxisKey: 'x', yAxisKey: 'y' },
        interaction: { mode: 'nearest', intersect: true },
        scales: {
          x: {
            type: 'linear', offset: false,
            min: days.length ? Math.min(...days) - pad : undefined, max: days.length ? Math.max(...days) + pad : undefined,
            ticks: { callback: (v) => isoOf(v), maxRotation: 0, autoSkipPadding: 12 }
          },
          y: { ticks: { callback: (v) => Dash.numbers.format(v) } }
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12, filter: (item, d) => !d.datasets[item.datasetIndex].range } },
          tooltip: {
            callbacks: {
              title: (items) => items.length ? isoOf(items[0].raw.x) : '',
              label: (item) => item.dataset.label + ': ' + Dash.figure(item.raw.point.low, item.raw.point.high)
            }
          }
        },
        onClick: (event, elements) => {
          if (!elements.length) return;
          const hit = elements[0];
          onPick(chart.data.datasets[hit.datasetIndex].data[hit.index].point.claimId);
        }
      }
    });
    return chart;
  }

  return { render };
})();
