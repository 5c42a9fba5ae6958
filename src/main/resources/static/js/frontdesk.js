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

    // Keyboard shortcuts of a form (UX.md): a button with data-shortcut="Control+Enter" or
    // "Control+Shift+Enter" is pressed by that key combination anywhere in its form, fields included.
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.altKey) {
            return;
        }
        var form = event.target.closest && event.target.closest("form[data-shortcuts]");
        if (!form) {
            return;
        }
        var combination = event.shiftKey ? "Control+Shift+Enter" : "Control+Enter";
        var button = form.querySelector('button[data-shortcut="' + combination + '"]');
        if (button && !button.disabled) {
            event.preventDefault();
            button.click();
        }
    });

    // The call timer of the quick log: counts up from the moment the screen opened; the duration goes along
    // with the form when it is sent.
    function startCallTimer() {
        var output = document.querySelector("[data-call-timer]");
        if (!output) {
            return;
        }
        // After a refused post the page comes back with the time counted so far: continue from there.
        var field = document.querySelector("[data-call-duration]");
        var counted = field && /^\d+$/.test(field.value) ? parseInt(field.value, 10) : 0;
        var started = Date.now() - counted * 1000;
        var seconds = function () {
            return Math.floor((Date.now() - started) / 1000);
        };
        var show = function () {
            var s = seconds();
            var minutes = Math.floor(s / 60);
            output.textContent = (minutes < 10 ? "0" : "") + minutes + ":" + (s % 60 < 10 ? "0" : "") + (s % 60);
        };
        show();
        setInterval(show, 1000);
        field && field.form.addEventListener("submit", function () {
            field.value = String(seconds());
        });
    }

    // Fields the agent changed by hand are never overwritten by a suggestion.
    document.addEventListener("change", function (event) {
        if (event.isTrusted && event.target.matches && event.target.matches("select")) {
            event.target.setAttribute("data-touched", "true");
        }
    });

    // A chosen caller suggests the language (theirs) and the domain (of their last ticket).
    document.addEventListener("htmx:afterSwap", function (event) {
        var card = event.detail.target && event.detail.target.querySelector("[data-prefill-language]");
        if (!card) {
            return;
        }
        var prefill = function (id, value) {
            var select = document.getElementById(id);
            if (select && value && !select.hasAttribute("data-touched")) {
                select.value = value;
            }
        };
        prefill("language", card.getAttribute("data-prefill-language"));
        prefill("domainCode", card.getAttribute("data-prefill-domain"));
    });

    // A single key outside a field follows the page's link or button marked data-key="that key" (UX.md global
    // shortcuts: "a" the SLA warnings in the layout, "e" escalate on the ticket page, "m" my escalations). Never
    // with a modifier, so browser and screen-reader keys stay free.
    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.key.length !== 1) {
            return;
        }
        var active = event.target;
        if (active && active.closest && active.closest("input, textarea, select, [contenteditable]")) {
            return;
        }
        if (!window.CSS || !CSS.escape) {
            return;
        }
        var target = document.querySelector('[data-key="' + CSS.escape(event.key) + '"]');
        if (target) {
            event.preventDefault();
            target.click();
        }
    });

    // "f" anywhere outside a field jumps to the FAQ search of the page (UX.md, keyboard-first).
    document.addEventListener("keydown", function (event) {
        if (event.key !== "f" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
            return;
        }
        var active = event.target;
        if (active && active.closest && active.closest("input, textarea, select, [contenteditable]")) {
            return;
        }
        var search = document.querySelector("[data-faq-search]");
        if (search) {
            event.preventDefault();
            search.focus();
            search.select();
        }
    });

    // An inserted FAQ answer arrives as a template beside its citation: its text goes into the answer field
    // (after what is already typed), where the agent edits it before sending.
    document.addEventListener("htmx:afterSwap", function (event) {
        var template = event.detail.target && event.detail.target.querySelector("template[data-faq-answer]");
        if (!template) {
            return;
        }
        var field = document.getElementById(template.getAttribute("data-target"));
        var text = template.content.textContent;
        template.remove();
        if (!field) {
            return;
        }
        field.value = field.value.trim() ? field.value.replace(/\s+$/, "") + "\n\n" + text : text;
        field.focus();
        field.setSelectionRange(field.value.length, field.value.length);
    });

    // "Do not cite": the answer stays as typed, but no longer claims to come from the FAQ.
    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("[data-faq-uncite]");
        if (!button) {
            return;
        }
        var citation = button.closest("[data-faq-citation]");
        if (citation) {
            citation.replaceChildren();
            var field = document.getElementById(citation.getAttribute("data-target"));
            field && field.focus();
        }
    });

    // The navigation's menu button on a narrow window is the one Bootstrap component of every page: it is opened
    // here, so that pages do not load Bootstrap's script (80 KB) for it. A page with another Bootstrap component
    // (dropdown, modal, tooltip...) adds the bundle to its own head, and Bootstrap then handles this button too
    // (docs/web-performance.md).
    document.addEventListener("click", function (event) {
        var toggler = event.target.closest && event.target.closest('[data-bs-toggle="collapse"]');
        if (!toggler || window.bootstrap) {
            return;
        }
        var menu = document.querySelector(toggler.getAttribute("data-bs-target"));
        if (menu) {
            var open = menu.classList.toggle("show");
            toggler.setAttribute("aria-expanded", String(open));
            toggler.classList.toggle("collapsed", !open);
        }
    });

    // A print button (the monthly report): the policy forbids inline handlers, so it is wired here.
    document.addEventListener("click", function (event) {
        if (event.target.closest && event.target.closest("[data-print]")) {
            window.print();
        }
    });

    // A form that comes back with errors: the summary takes the focus, so it is read first (GOV.UK pattern).
    function focusErrorSummary() {
        var summary = document.getElementById("error-summary");
        summary && summary.focus();
    }

    function start() {
        startCallTimer();
        focusErrorSummary();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
