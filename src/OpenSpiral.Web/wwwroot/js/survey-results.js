// Draws the survey results charts with Chart.js from the JSON block beside each chart box: one
// horizontal bar per row, levels 1–2 left of zero (ill-being), 4–5 right (well-being), level 3
// astride the centre. Values left of zero are read as positive shares. Without JavaScript the
// boxes stay hidden and the tables, which hold the same figures, are all there is.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }

  var text = '#1c2430';
  var grid = '#cfd6dd';
  var lang = document.documentElement.lang;
  window.Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
  window.Chart.defaults.font.size = 14;
  var charts = [];

  function percent(value) {
    return Math.abs(value).toLocaleString(lang, { maximumFractionDigits: 1 }) + ' %';
  }

  function shorten(label, characters) {
    return label.length <= characters ? label : label.slice(0, Math.max(characters - 1, 8)).trimEnd() + '…';
  }

  document.querySelectorAll('[data-results-chart]').forEach(function (box) {
    var source = document.getElementById(box.getAttribute('data-results-chart'));
    if (!source) {
      return;
    }

    var spec = JSON.parse(source.textContent);
    box.hidden = false;
    box.style.height = Math.max(160, spec.labels.length * 34 + 120) + 'px';
    var order = spec.legendOrder || spec.series.map(function (s, i) { return i; });
    var chart = new window.Chart(box.querySelector('canvas'), {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s) {
          return { label: s.label, data: s.data, backgroundColor: s.color, borderColor: '#ffffff', borderWidth: 1 };
        })
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        devicePixelRatio: Math.max(window.devicePixelRatio || 1, 2),
        scales: {
          x: {
            stacked: true,
            min: -100,
            max: 100,
            ticks: { color: text, stepSize: 25, callback: function (v) { return percent(v); } },
            grid: { color: function (c) { return c.tick && c.tick.value === 0 ? text : grid; } },
            title: { display: true, text: spec.valueAxis, color: text }
          },
          y: {
            stacked: true,
            grid: { display: false },
            ticks: {
              color: text,
              autoSkip: false,
              callback: function (value) { return shorten(this.getLabelForValue(value), Math.floor(this.chart.width * 0.35 / 7.5)); }
            }
          }
        },
        plugins: {
          legend: {
            position: 'bottom',
            labels: {
              color: text,
              // Level 3 is drawn as two halves; the legend names it once, and lists the levels from 1 to 5.
              filter: function (item) { return order.indexOf(item.datasetIndex) >= 0; },
              sort: function (a, b) { return order.indexOf(a.datasetIndex) - order.indexOf(b.datasetIndex); }
            }
          },
          tooltip: {
            callbacks: {
              label: function (c) {
                var value = Math.abs(c.parsed.x);
                // The two halves of level 3 together make its share.
                var twin = spec.series.findIndex(function (s, i) { return i !== c.datasetIndex && s.label === c.dataset.label; });
                if (twin >= 0) {
                  value += Math.abs(spec.series[twin].data[c.dataIndex]);
                }
                return c.dataset.label + ': ' + percent(value);
              }
            },
            filter: function (item) { return order.indexOf(item.datasetIndex) >= 0; }
          }
        }
      }
    });
    charts.push(chart);
  });

  // Charts are redrawn at the width of an A4 page, then come back to the screen's.
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (chart) { chart.resize(690, chart.height); });
  });
  window.addEventListener('afterprint', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
