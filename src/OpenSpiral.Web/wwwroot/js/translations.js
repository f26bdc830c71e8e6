// Draws the chart of /translations with Chart.js from the JSON block beside its box: per language, a bar of
// wiki pages and a bar of articles, each stacked up to date / outdated / missing. Without JavaScript the box
// stays hidden and the table, which holds the same figures, is all there is.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }

  var text = '#1c2430';
  var grid = '#cfd6dd';
  window.Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
  window.Chart.defaults.font.size = 14;

  document.querySelectorAll('[data-translations-chart]').forEach(function (box) {
    var source = document.getElementById(box.getAttribute('data-translations-chart'));
    if (!source) {
      return;
    }

    var spec = JSON.parse(source.textContent);
    box.hidden = false;
    box.style.height = Math.max(200, spec.labels.length * 60 + 140) + 'px';
    new window.Chart(box.querySelector('canvas'), {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s) {
          return { label: s.label, data: s.data, backgroundColor: s.color, stack: s.stack, borderColor: '#ffffff', borderWidth: 1 };
        })
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            stacked: true,
            beginAtZero: true,
            ticks: { color: text, precision: 0 },
            grid: { color: grid },
            title: { display: true, text: spec.valueAxis, color: text }
          },
          y: { stacked: true, grid: { display: false }, ticks: { color: text, autoSkip: false } }
        },
        plugins: { legend: { position: 'bottom', labels: { color: text } } }
      }
    });
  });
})();
