// Draws the synthesis charts with Chart.js from the JSON block beside each chart box. Without
// JavaScript the boxes stay hidden and the tables, which hold the same figures, are all there is.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }

  var text = '#1c2430';
  window.Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
  window.Chart.defaults.font.size = 14;
  var grid = '#cfd6dd';
  var charts = [];

  function percent(value) {
    return value.toLocaleString(document.documentElement.lang, { maximumFractionDigits: 1 }) + ' %';
  }

  function shorten(label, characters) {
    return label.length <= characters ? label : label.slice(0, Math.max(characters - 1, 8)).trimEnd() + '…';
  }

  document.querySelectorAll('[data-chart]').forEach(function (box) {
    var source = document.getElementById(box.getAttribute('data-chart'));
    if (!source) {
      return;
    }

    var spec = JSON.parse(source.textContent);
    var valueScale = {
      stacked: spec.stacked,
      beginAtZero: true,
      ticks: { color: text, precision: 0, callback: spec.percent ? function (v) { return percent(v); } : undefined },
      grid: { color: grid },
      title: { display: true, text: spec.valueAxis, color: text }
    };
    var labelScale = { stacked: spec.stacked, ticks: { color: text, autoSkip: false }, grid: { display: false } };
    if (spec.horizontal) {
      // On a phone long names would be cut at the left edge of the canvas; they end with an ellipsis instead
      // (the tooltip and the table beside the chart keep the whole name).
      labelScale.ticks.callback = function (value) {
        return shorten(this.getLabelForValue(value), Math.floor(this.chart.width * 0.45 / 7.5));
      };
    }
    box.hidden = false;
    if (spec.horizontal) {
      box.style.height = Math.max(180, spec.labels.length * (spec.stacked ? 26 : 40) + 110) + 'px';
    }

    var canvas = box.querySelector('canvas');
    var chart = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s) {
          return { label: s.label, data: s.data, backgroundColor: s.color, borderColor: '#ffffff', borderWidth: 1 };
        })
      },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        devicePixelRatio: Math.max(window.devicePixelRatio || 1, 2),
        scales: spec.horizontal ? { x: valueScale, y: labelScale } : { x: labelScale, y: valueScale },
        plugins: {
          legend: { display: spec.series.length > 1, labels: { color: text } },
          tooltip: spec.percent ? { callbacks: { label: function (c) { return c.dataset.label + ': ' + percent(c.parsed[spec.horizontal ? 'x' : 'y']); } } } : {}
        },
        onClick: spec.links ? function (event, elements) { if (elements.length) { open(spec.links[elements[0].datasetIndex][elements[0].index]); } } : undefined,
        onHover: spec.links ? function (event, elements) { canvas.style.cursor = elements.length ? 'pointer' : 'default'; } : undefined
      }
    });
    charts.push(chart);
    if (spec.links) {
      linkBars(chart, spec, canvas, box.querySelector('[data-chart-status]'));
    }
  });

  // A bar (or a segment of a stacked bar) opens the criteria behind it: by click, or on the keyboard
  // with the arrow keys (bars, then segments) and Enter. Empty segments are skipped.
  function open(link) {
    if (link) {
      window.location.assign(link);
    }
  }

  function linkBars(chart, spec, canvas, status) {
    var bars = [];
    spec.labels.forEach(function (label, index) {
      spec.series.forEach(function (series, datasetIndex) {
        var link = spec.links[datasetIndex] && spec.links[datasetIndex][index];
        if (link && series.data[index] > 0) {
          bars.push({ datasetIndex: datasetIndex, index: index, link: link });
        }
      });
    });
    var current = -1;
    function show(position) {
      current = (position + bars.length) % bars.length;
      var bar = bars[current];
      var active = [{ datasetIndex: bar.datasetIndex, index: bar.index }];
      chart.setActiveElements(active);
      chart.tooltip.setActiveElements(active, { x: 0, y: 0 });
      chart.update();
      var value = spec.series[bar.datasetIndex].data[bar.index];
      if (status) {
        status.textContent = spec.labels[bar.index] + (spec.series.length > 1 ? ', ' + spec.series[bar.datasetIndex].label : '') + ': ' + (spec.percent ? percent(value) : value);
      }
    }
    canvas.addEventListener('keydown', function (event) {
      if (!bars.length) {
        return;
      }
      var next = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: 'first', End: 'last' }[event.key];
      if (next !== undefined) {
        event.preventDefault();
        show(next === 'first' ? 0 : next === 'last' ? bars.length - 1 : current < 0 ? 0 : current + next);
      } else if ((event.key === 'Enter' || event.key === ' ') && current >= 0) {
        event.preventDefault();
        open(bars[current].link);
      }
    });
    canvas.addEventListener('blur', function () {
      chart.setActiveElements([]);
      chart.tooltip.setActiveElements([], { x: 0, y: 0 });
      chart.update();
    });
  }

  // Charts are redrawn at the width of an A4 page (and at most its height), then come back to the screen's.
  var printWidth = 690;
  var printHeight = 940;
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (chart) { chart.resize(printWidth, Math.min(chart.height, printHeight)); });
  });
  window.addEventListener('afterprint', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
