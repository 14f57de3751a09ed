// Draws a dashboard chart (Chart.java) with Apache ECharts from its WebJar. The option comes from the server as
// JSON (data only); here go what JSON cannot carry: number formats in the user's language, redrawing when the
// layout changes size, and a click on a value that has a link (the server checks and follows it).
(function () {
  function whenLoaded(action, tries) {
    if (window.echarts) {
      action();
    } else if ((tries || 0) < 200) { // the WebJar script may still be loading: wait up to 10 s
      setTimeout(function () { whenLoaded(action, (tries || 0) + 1); }, 50);
    }
  }

  function formatter(lang, unit) {
    var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    var suffix = unit === 'PERCENT' ? '%' : '';
    return function (value) {
      if (value === null || value === undefined || value === '-') {
        return '–';
      }
      if (Array.isArray(value)) { // heat-map cell [x, y, value]
        value = value[2];
      }
      return typeof value === 'number' ? number.format(value) + suffix : String(value);
    };
  }

  // A few long category names (the steps) share the width, cut with "..." (the tooltip and the table have them
  // whole); many short ones (days) keep ECharts' own spacing.
  function fitCategoryLabels(option, element) {
    var axis = option.xAxis;
    if (!axis || axis.type !== 'category' || !axis.data || axis.data.length === 0 || axis.data.length > 12) {
      return null;
    }
    // a heat map's row labels (branch names) take up to about a third of the width
    var heat = [].concat(option.series || []).some(function (s) { return s.type === 'heatmap'; });
    var room = heat ? element.clientWidth * 0.65 : element.clientWidth - 80;
    var width = Math.max(40, Math.floor(room / axis.data.length) - 8);
    axis.axisLabel = Object.assign({}, axis.axisLabel || {}, { interval: 0, width: width, overflow: 'truncate' });
    return { xAxis: { axisLabel: axis.axisLabel } };
  }

  window.loketChart = {
    render: function (element, json, lang) {
      whenLoaded(function () {
        var option = JSON.parse(json);
        var format = formatter(lang, option.loketUnit);
        option.tooltip = Object.assign({ valueFormatter: format, confine: true }, option.tooltip || {});
        [].concat(option.yAxis || []).forEach(function (axis) {
          if (axis.type === 'value') {
            axis.axisLabel = Object.assign({ formatter: formatter(lang, axis.loketUnit) }, axis.axisLabel || {});
          }
        });
        [].concat(option.series || []).forEach(function (series) {
          if (series.type === 'heatmap' && series.label) {
            series.label.formatter = function (p) { return format(p.value); };
          }
        });
        if (option.visualMap) {
          option.visualMap.formatter = format;
        }
        var chart = echarts.getInstanceByDom(element) || echarts.init(element);
        fitCategoryLabels(option, element);
        chart.setOption(option, true);
        if (!chart.__loketClick) {
          chart.__loketClick = true;
          chart.on('click', function (p) {
            if (p.data && p.data.url) {
              element.dispatchEvent(new CustomEvent('loket-chart-click', { detail: { url: p.data.url } }));
            }
          });
        }
        if (!element.__loketResize && window.ResizeObserver) {
          element.__loketResize = new ResizeObserver(function () {
            var current = echarts.getInstanceByDom(element);
            if (current && element.isConnected) {
              current.resize();
              var labels = fitCategoryLabels({ xAxis: current.getOption().xAxis[0] }, element);
              if (labels) {
                current.setOption({ xAxis: labels.xAxis });
              }
            }
          });
          element.__loketResize.observe(element);
        }
      });
    }
  };
})();
