"""The page's small hand-written script, run by Plotly after the plot is drawn (``post_script``).

Clicking a plotted event highlights and scrolls to its table row; a row's button pans the plot
to the event and shows its hover label. The script reads only event ids and numbers from the
figure and never writes HTML (no innerHTML), so it cannot turn article text into markup.
"""

from __future__ import annotations

# "{plot_id}" is replaced by Plotly with the plot's div id.
PAGE_SCRIPT = r"""
(function () {
  var plot = document.getElementById('{plot_id}');
  if (!plot || plot.dataset.timelineReady) { return; }
  plot.dataset.timelineReady = '1';
  var PLOTTED = {point: true, range: true};

  function selectRow(id, scroll) {
    document.querySelectorAll('tr.selected').forEach(function (row) {
      row.classList.remove('selected');
    });
    var row = document.getElementById('row-' + id);
    if (!row) { return; }
    row.classList.add('selected');
    if (scroll) { row.scrollIntoView({block: 'center'}); }
  }

  function locate(id) {
    for (var i = 0; i < plot.data.length; i++) {
      var trace = plot.data[i];
      if (!trace.meta || !PLOTTED[trace.meta.kind] || !trace.customdata) { continue; }
      for (var j = 0; j < trace.customdata.length; j++) {
        if (trace.customdata[j][0] === id) {
          return {curveNumber: i, pointNumber: j, start: trace.customdata[j][1],
                  end: trace.customdata[j][2]};
        }
      }
    }
    return null;
  }

  function axisDate(ms) {
    // Plotly date strings are zone-less; the figure's numbers are milliseconds in UTC.
    var d = new Date(ms);
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getUTCFullYear() + '-' + two(d.getUTCMonth() + 1) + '-' + two(d.getUTCDate()) +
      ' ' + two(d.getUTCHours()) + ':' + two(d.getUTCMinutes()) + ':' + two(d.getUTCSeconds());
  }

  function toMs(value) {
    if (typeof value === 'number') { return value; }
    return Date.parse(String(value).replace(' ', 'T') + (String(value).length > 10 ? 'Z' : ''));
  }

  function showOnPlot(id) {
    var where = locate(id);
    if (!where) { return; }
    var range = plot.layout.xaxis.range.map(toMs);
    var width = range[1] - range[0];
    var span = where.end - where.start;
    var lo, hi;
    if (span < width * 0.9) {
      var middle = (where.start + where.end) / 2;
      lo = middle - width / 2; hi = middle + width / 2;
    } else {
      lo = where.start - span * 0.1; hi = where.end + span * 0.1;
    }
    plot.scrollIntoView({block: 'start'});
    Plotly.relayout(plot, {'xaxis.range': [axisDate(lo), axisDate(hi)]}).then(function () {
      Plotly.Fx.hover(plot, [{curveNumber: where.curveNumber, pointNumber: where.pointNumber}]);
      plot.dataset.shown = id;
    });
  }

  plot.on('plotly_click', function (data) {
    if (!data || !data.points || !data.points.length) { return; }
    var custom = data.points[0].customdata;
    if (!custom || typeof custom[0] !== 'string') { return; }
    selectRow(custom[0], true);
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-event]') : null;
    if (!button) { return; }
    var id = button.getAttribute('data-event');
    selectRow(id, false);
    showOnPlot(id);
  });

  function fitNarrow() {
    // On phone-width screens the legend wraps onto more lines: give it room above the buttons.
    var narrow = plot.clientWidth < 640;
    var top = narrow ? 200 : 112;
    if (plot.layout.margin.t !== top) { Plotly.relayout(plot, {'margin.t': top}); }
  }
  fitNarrow();
  window.addEventListener('resize', fitNarrow);
})();
"""
