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

  function formatter(lang) {
    var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    return function (value) {
      if (value === null || value === undefined || value === '-') {
        return '–';
      }
      if (Array.isArray(value)) { // heat-map cell [x, y, value]
        value = value[2];
      }
      return typeof value === 'number' ? number.format(value) : String(value);
    };
  }

  window.loketChart = {
    render: function (element, json, lang) {
      whenLoaded(function () {
        var option = JSON.parse(json);
        var format = formatter(lang);
        option.tooltip = Object.assign({ valueFormatter: format, confine: true }, option.tooltip || {});
        [].concat(option.yAxis || []).forEach(function (axis) {
          if (axis.type === 'value') {
            axis.axisLabel = Object.assign({ formatter: format }, axis.axisLabel || {});
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
            }
          });
          element.__loketResize.observe(element);
        }
      });
    }
  };
})();
