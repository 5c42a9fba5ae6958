// Frontdesk: behaviour shared by every page. Loaded as a file (never inline) because the
// Content-Security-Policy allows only the application's own scripts.
(function () {
    "use strict";

    // After an htmx swap that removed the focused element, put focus on the new content's error summary, or else
    // its heading or first field, so keyboard and screen-reader users are not dropped at the top of the page
    // (docs/keyboard-and-accessibility.md, "Focus"). A region swapped as a whole (outerHTML) is looked up again by
    // its id.
    document.addEventListener("htmx:afterSettle", function (event) {
        if (document.activeElement && document.activeElement !== document.body) {
            return;
        }
        var target = event.detail.target;
        if (target && target.id && !document.body.contains(target)) {
            target = document.getElementById(target.id);
        }
        var focusable = target && (target.querySelector("#error-summary, [data-autofocus]")
            || target.querySelector("h1, h2, input, select, textarea"));
        if (focusable) {
            if (!focusable.hasAttribute("tabindex") && /^H[1-6]$/.test(focusable.tagName)) {
                focusable.setAttribute("tabindex", "-1");
            }
            focusable.focus();
        }
    });

    // Mark regions busy while htmx loads them (docs/keyboard-and-accessibility.md, "Busy").
    document.addEventListener("htmx:beforeRequest", function (event) {
        event.detail.target && event.detail.target.setAttribute("aria-busy", "true");
    });
    document.addEventListener("htmx:afterRequest", function (event) {
        event.detail.target && event.detail.target.removeAttribute("aria-busy");
    });

    // Keyboard shortcuts of a form (docs/keyboard-and-accessibility.md, "Keys"): a button with
    // data-shortcut="Control+Enter" or "Control+Shift+Enter" is pressed by that key combination anywhere in its
    // form, fields included.
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

    // Fields the agent changed by hand are never overwritten by a suggestion. A select that only shows a
    // suggestion (the quick log's queue) copies a choice made by hand into the field the form sends.
    document.addEventListener("change", function (event) {
        if (event.isTrusted && event.target.matches && event.target.matches("select")) {
            event.target.setAttribute("data-touched", "true");
            var chosen = document.getElementById(event.target.getAttribute("data-chosen-into"));
            if (chosen) {
                chosen.value = event.target.value;
            }
        }
    });

    // A chosen caller suggests the language (theirs) and the domain (of their last ticket).
    document.addEventListener("htmx:afterSwap", function (event) {
        var card = event.detail.target && event.detail.target.querySelector("[data-prefill-language]");
        if (!card) {
            return;
        }
        // Announced as a change, so what follows the field follows a prefilled value too (the queue follows
        // the domain); not trusted, so it does not count as the agent's own choice.
        var prefill = function (id, value) {
            var select = document.getElementById(id);
            if (select && value && !select.hasAttribute("data-touched") && select.value !== value) {
                select.value = value;
                select.dispatchEvent(new Event("change", { bubbles: true }));
            }
        };
        prefill("language", card.getAttribute("data-prefill-language"));
        prefill("domainCode", card.getAttribute("data-prefill-domain"));
    });

    // A single key outside a field follows the page's link or button marked data-key="that key"
    // (docs/keyboard-and-accessibility.md, "Keys": "a" the SLA warnings in the layout, "e" escalate on the ticket
    // page, "m" my escalations). Never with a modifier, so browser and screen-reader keys stay free.
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
            activate(target, "click");
        }
    });

    // A field is focused (and its text selected), anything else clicked or focused as its data-alt-do says.
    function activate(target, otherwise) {
        if (target.matches("input, textarea, select")) {
            target.focus();
            target.select && target.type !== "hidden" && target.select();
        } else if (target.hasAttribute("data-alt-links")) {
            // A region whose links are kept out of the Tab path (the caller card): bring them in, focus the first.
            var links = target.querySelectorAll("[data-card-link]");
            links.forEach(function (link) {
                link.removeAttribute("tabindex");
            });
            var first = target.querySelector("[data-card-first]") || links[0];
            first && first.focus();
        } else if ((target.getAttribute("data-alt-do") || otherwise) === "click") {
            target.click();
        } else {
            target.focus();
        }
    }

    // Alt+letter works inside fields too, where single keys type text (docs/keyboard-and-accessibility.md): the
    // element marked data-alt-key="letter" takes the focus, or is followed when data-alt-do="click". Never with
    // Ctrl: Ctrl+Alt is AltGr on Windows, which types @ # € | on a Belgian AZERTY keyboard. The letter comes from
    // event.code when the key is not a plain letter (Option+letter on a Mac types another character).
    document.addEventListener("keydown", function (event) {
        if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) {
            return;
        }
        var letter = /^[a-z]$/i.test(event.key) ? event.key.toLowerCase()
            : /^Key[A-Z]$/.test(event.code || "") ? event.code.charAt(3).toLowerCase() : null;
        if (!letter) {
            return;
        }
        var target = document.querySelector('[data-alt-key="' + letter + '"]');
        if (target) {
            event.preventDefault();
            activate(target, "focus");
        }
    });

    // The shortcut help (?): a modal <dialog>, so Escape closes it and the page behind is inert; the focus goes
    // back to where it was.
    document.addEventListener("click", function (event) {
        var opener = event.target.closest && event.target.closest("[data-shortcuts-open]");
        var dialog = document.getElementById("shortcuts");
        if (!opener || !dialog || dialog.open) {
            return;
        }
        var before = document.activeElement;
        dialog.addEventListener("close", function () {
            before && before.focus && before.focus();
        }, {once: true});
        dialog.showModal();
    });
    document.addEventListener("click", function (event) {
        var closer = event.target.closest && event.target.closest("[data-dialog-close]");
        var dialog = closer && closer.closest("dialog");
        dialog && dialog.close();
    });

    // The caller combobox (WAI-ARIA combobox with a listbox popup): the focus stays in the field, the arrow keys
    // move the active option (aria-activedescendant), Enter chooses it, Escape closes the list or, when it is
    // closed, clears the field and the choice. The choice goes into the hidden #caller, whose change event loads
    // the caller card through htmx.
    function comboboxOf(listbox) {
        return listbox && document.querySelector('[data-combobox="' + listbox.id + '"]');
    }

    function options(listbox) {
        return listbox ? Array.prototype.slice.call(listbox.querySelectorAll('[role="option"]')) : [];
    }

    function expand(input, listbox, open) {
        if (listbox) {
            listbox.hidden = !open;
        }
        input.setAttribute("aria-expanded", open && listbox ? "true" : "false");
        if (!open) {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function setActive(input, listbox, option) {
        options(listbox).forEach(function (o) {
            o.setAttribute("aria-selected", o === option ? "true" : "false");
        });
        if (option) {
            input.setAttribute("aria-activedescendant", option.id);
            option.scrollIntoView({block: "nearest"});
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function choose(input, option) {
        var choice = document.getElementById("caller");
        if (choice) {
            choice.value = option.getAttribute("data-value") || "";
            choice.dispatchEvent(new Event("change", {bubbles: true}));
        }
        expand(input, document.getElementById(input.getAttribute("data-combobox")), false);
    }

    document.addEventListener("htmx:afterSwap", function (event) {
        var swapped = event.detail.target;
        if (!swapped || !swapped.matches || !swapped.matches(".fd-combobox-popup")) {
            return;
        }
        var listbox = swapped.querySelector('[role="listbox"]');
        var input = document.querySelector('[data-combobox="' + swapped.getAttribute("data-listbox") + '"]');
        if (!input) {
            return;
        }
        if (listbox) {
            input.setAttribute("aria-controls", listbox.id);
        } else {
            input.removeAttribute("aria-controls");
        }
        expand(input, listbox, !!listbox);
    });

    document.addEventListener("keydown", function (event) {
        var input = event.target;
        if (!input.matches || !input.matches("[data-combobox]") || event.ctrlKey || event.altKey || event.metaKey) {
            return;
        }
        var listbox = document.getElementById(input.getAttribute("data-combobox"));
        var all = options(listbox);
        var active = document.getElementById(input.getAttribute("aria-activedescendant") || "");
        var index = all.indexOf(active);
        var open = input.getAttribute("aria-expanded") === "true";
        if ((event.key === "ArrowDown" || event.key === "ArrowUp") && all.length) {
            event.preventDefault();
            if (!open) {
                expand(input, listbox, true);
            }
            var next = event.key === "ArrowDown"
                ? (index + 1) % all.length
                : (index <= 0 ? all.length - 1 : index - 1);
            setActive(input, listbox, all[next]);
        } else if (event.key === "Enter" && open && active) {
            event.preventDefault();
            choose(input, active);
        } else if (event.key === "Escape") {
            event.preventDefault();
            if (open) {
                expand(input, listbox, false);
            } else {
                input.value = "";
                listbox && listbox.remove();
                input.removeAttribute("aria-controls");
                var choice = document.getElementById("caller");
                if (choice && choice.value) {
                    choice.value = "";
                    choice.dispatchEvent(new Event("change", {bubbles: true}));
                }
            }
        }
    });

    // A pointer chooses too; mousedown would otherwise take the focus from the field first.
    document.addEventListener("mousedown", function (event) {
        var option = event.target.closest && event.target.closest('[role="option"]');
        var input = option && comboboxOf(option.closest('[role="listbox"]'));
        if (input) {
            event.preventDefault();
            choose(input, option);
        }
    });

    // The list closes when the focus leaves the field (Tab on to the question).
    document.addEventListener("focusout", function (event) {
        var input = event.target;
        if (input.matches && input.matches("[data-combobox]")) {
            expand(input, document.getElementById(input.getAttribute("data-combobox")), false);
        }
    });

    // "f" anywhere outside a field jumps to the FAQ search of the page (docs/keyboard-and-accessibility.md, "Keys").
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
