// Frontdesk: behaviour shared by every page. Loaded as a file (never inline) because the
// Content-Security-Policy allows only the application's own scripts.
(function () {
    "use strict";

    // After an htmx swap that removed the focused element, put focus on the new content's heading or first
    // field, so keyboard and screen-reader users are not dropped at the top of the page (UX.md, "Focus").
    document.addEventListener("htmx:afterSettle", function (event) {
        if (document.activeElement && document.activeElement !== document.body) {
            return;
        }
        var target = event.detail.target;
        var focusable = target && target.querySelector("[data-autofocus], h1, h2, input, select, textarea");
        if (focusable) {
            if (!focusable.hasAttribute("tabindex") && /^H[1-6]$/.test(focusable.tagName)) {
                focusable.setAttribute("tabindex", "-1");
            }
            focusable.focus();
        }
    });

    // Mark regions busy while htmx loads them (UX.md, "Busy").
    document.addEventListener("htmx:beforeRequest", function (event) {
        event.detail.target && event.detail.target.setAttribute("aria-busy", "true");
    });
    document.addEventListener("htmx:afterRequest", function (event) {
        event.detail.target && event.detail.target.removeAttribute("aria-busy");
    });
})();
