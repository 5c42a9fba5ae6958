// The scoring form of a review (docs/reviews.md, "Scoring"): made to be used without the mouse. In a rubric item's
// radio group, a digit picks that score (0: not applicable, where offered) and moves the focus to the next item;
// after the last item the focus goes to the comment. Ctrl+Enter saves and opens the next ticket (frontdesk.js).
(function () {
    "use strict";
    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || !/^[0-4]$/.test(event.key)) {
            return;
        }
        var group = event.target.closest && event.target.closest("[data-score-group]");
        if (!group || event.target.type !== "radio") {
            return;
        }
        var radio = group.querySelector('input[type="radio"][value="' + event.key + '"]');
        if (!radio) {
            return;
        }
        event.preventDefault();
        radio.checked = true;
        radio.dispatchEvent(new Event("change", {bubbles: true}));
        var groups = Array.prototype.slice.call(document.querySelectorAll("[data-score-group]"));
        var next = groups[groups.indexOf(group) + 1];
        if (next) {
            (next.querySelector('input[type="radio"]:checked') || next.querySelector('input[type="radio"]')).focus();
        } else {
            var comment = document.getElementById("comment");
            comment && comment.focus();
        }
    });
})();
