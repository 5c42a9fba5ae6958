// The statistics charts (Chart.js from its WebJar). The figures come from the JSON block the page carries; every
// chart has its table beside it, which is what screen readers read: the canvases are labelled images.
(function () {
    "use strict";

    // Colours told apart also by people with a colour vision deficiency (Okabe–Ito palette).
    var PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
        "#999999", "#882255", "#44AA99"];

    function chart(id, config) {
        var canvas = document.getElementById(id);
        if (!canvas || typeof Chart === "undefined") {
            return;
        }
        config.options = Object.assign({
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: {title: {display: true, text: canvas.getAttribute("data-title")}}
        }, config.options || {});
        canvas.chart = new Chart(canvas, config);
    }

    /** A single line per month, labelled by its canvas's title; the legend would only repeat the title. */
    function trend(id, months, values, colour, yScale) {
        var canvas = document.getElementById(id);
        chart(id, {
            type: "line",
            data: {
                labels: months,
                datasets: [{label: canvas && canvas.getAttribute("data-title"), data: values,
                    borderColor: colour, backgroundColor: colour, spanGaps: true}]
            },
            options: {plugins: {legend: {display: false}}, scales: {y: yScale}}
        });
    }

    function start() {
        var source = document.getElementById("statistics-data");
        if (!source) {
            return;
        }
        var data = JSON.parse(source.textContent);
        var locale = document.documentElement.lang || "nl";
        var months = data.months.map(function (month) {
            var parts = month.split("-");
            return new Date(Number(parts[0]), Number(parts[1]) - 1, 1)
                .toLocaleDateString(locale, {month: "short", year: "numeric"});
        });
        chart("chart-breakdown", {
            type: "bar",
            data: {
                labels: months,
                datasets: data.series.map(function (series, i) {
                    return {label: series.label, data: series.values, backgroundColor: PALETTE[i % PALETTE.length]};
                })
            },
            options: {scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true}}}
        });
        trend("chart-sla", months, data.withinSla, PALETTE[2], {min: 0, max: 100});
        trend("chart-backlog", months, data.backlog, PALETTE[5], {beginAtZero: true});
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
