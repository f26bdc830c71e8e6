// Draws a round table's results with Chart.js from the JSON block beside the chart box: one row per
// component, one marker per perspective on the −2..+2 axis, each perspective with its own shape so
// that colour is never the only difference. Without JavaScript the box stays hidden and the table
// below, which holds the same results, is all there is.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }

  var text = '#1c2430';
  var grid = '#cfd6dd';
  window.Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
  window.Chart.defaults.font.size = 14;
  var charts = [];

  function shorten(label, characters) {
    return label.length <= characters ? label : label.slice(0, Math.max(characters - 1, 8)).trimEnd() + '…';
  }

  document.querySelectorAll('[data-round-table-chart]').forEach(function (box) {
    var source = document.getElementById(box.getAttribute('data-round-table-chart'));
    if (!source) {
      return;
    }

    var spec = JSON.parse(source.textContent);
    box.hidden = false;
    box.style.height = Math.max(200, spec.labels.length * 48 + 140) + 'px';
    var chart = new window.Chart(box.querySelector('canvas'), {
      type: 'line',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s) {
          return {
            label: s.label,
            data: s.data,
            showLine: false,
            pointStyle: s.pointStyle,
            pointRadius: 9,
            pointHoverRadius: 11,
            backgroundColor: s.color,
            borderColor: '#ffffff',
            borderWidth: 1
          };
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
            type: 'linear',
            min: -2.3,
            max: 2.3,
            afterBuildTicks: function (axis) { axis.ticks = [-2, -1, 0, 1, 2].map(function (v) { return { value: v }; }); },
            ticks: { color: text, callback: function (v) { return spec.effects[v + 2] || ''; } },
            grid: { color: function (c) { return c.tick && c.tick.value === 0 ? text : grid; } }
          },
          y: {
            type: 'category',
            grid: { color: grid },
            ticks: {
              color: text,
              autoSkip: false,
              callback: function (value) { return shorten(this.getLabelForValue(value), Math.floor(this.chart.width * 0.3 / 7.5)); }
            }
          }
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: text, usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: function (c) { return c.dataset.label + ': ' + (spec.effects[c.parsed.x + 2] || ''); }
            }
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
