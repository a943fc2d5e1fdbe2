// Enhancements only: every page works without this file.
(function () {
    "use strict";

    // htmx posts carry the CSRF token the layout publishes.
    document.addEventListener("htmx:configRequest", function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // "Open near me tonight": with the reader's permission, add their position to the link.
    function geolocate(link) {
        if (!navigator.geolocation) {
            return;
        }
        link.addEventListener("click", function (event) {
            event.preventDefault();
            var go = function (url) { window.location.href = url; };
            navigator.geolocation.getCurrentPosition(function (position) {
                var url = new URL(link.href, window.location.href);
                url.searchParams.set("lat", position.coords.latitude.toFixed(5));
                url.searchParams.set("lng", position.coords.longitude.toFixed(5));
                url.searchParams.set("radiusKm", "10");
                go(url.toString());
            }, function () { go(link.href); }, { timeout: 8000, maximumAge: 600000 });
        });
    }

    // The hold's countdown, from the seconds the server counted (the visitor's clock may be off); the page
    // already says until when without it.
    function countdown(element) {
        var expires = Date.now() + Number(element.dataset.secondsLeft) * 1000;
        var tick = function () {
            var left = Math.max(0, Math.round((expires - Date.now()) / 1000));
            if (left === 0) {
                element.textContent = element.dataset.expired;
                return;
            }
            var text = element.dataset.template
                .replace("{0}", String(Math.floor(left / 60)))
                .replace("{1}", String(left % 60).padStart(2, "0"));
            element.textContent = text;
            // Screen readers hear the time left once a minute and in the last minute, not every second.
            element.setAttribute("aria-live", left % 60 === 0 || left === 60 ? "polite" : "off");
            setTimeout(tick, 1000);
        };
        tick();
    }

    // The results' map, from the list: when tiles cannot load, the map says so and the list still serves.
    function map(container) {
        if (!window.L || container.dataset.ready) {
            return;
        }
        var items = Array.prototype.slice.call(document.querySelectorAll(".gongyu-list [data-lat]"));
        container.dataset.ready = "true";
        container.innerHTML = "";
        var view = L.map(container, { scrollWheelZoom: false });
        var failed = false;
        L.tileLayer(container.dataset.tiles, { maxZoom: 18, attribution: container.dataset.attribution })
            .on("tileerror", function () {
                if (failed) {
                    return;
                }
                failed = true;
                var note = document.createElement("p");
                note.className = "gongyu-map-note over";
                note.setAttribute("role", "status");
                note.textContent = container.dataset.unavailable;
                container.appendChild(note);
            })
            .addTo(view);
        var points = items.map(function (item) {
            var point = [parseFloat(item.dataset.lat), parseFloat(item.dataset.lng)];
            // A pin opens a popup linking to its resource. The list is the keyboard's way to each resource, so
            // pins take no focus: dozens of extra stops would stand between the map and the list.
            var link = document.createElement("a");
            link.href = item.dataset.href;
            link.textContent = item.dataset.name;
            L.marker(point, { alt: item.dataset.name, keyboard: false }).bindPopup(link).addTo(view);
            return point;
        });
        if (points.length) {
            view.fitBounds(points, { maxZoom: 14, padding: [24, 24] });
        } else {
            view.setView([36.5, 127.8], 7);
        }
    }

    // The resource form's organisation finder, shown only where this script runs: it adds a found organisation's
    // number to the eligibility list, which without it takes the numbers typed by hand.
    function organizationFinder(finder) {
        finder.hidden = false;
        finder.addEventListener("click", function (event) {
            var button = event.target.closest("[data-add-organization]");
            var field = document.getElementById("organizationIds");
            if (!button || !field) {
                return;
            }
            var ids = field.value.split(/[,\s]+/).filter(Boolean);
            if (ids.indexOf(button.dataset.addOrganization) < 0) {
                ids.push(button.dataset.addOrganization);
            }
            field.value = ids.join(", ");
            var eligibility = document.getElementById("eligibility");
            if (eligibility) {
                eligibility.value = "ORGANIZATIONS";
            }
            button.textContent = button.dataset.added;
            button.disabled = true;
        });
    }

    // On a narrow screen the results come first: the filters wait behind a button that says what they hold,
    // unless the form came back with a mistake to fix.
    function filtersToggle(button) {
        if (button.dataset.ready) {
            return;
        }
        button.dataset.ready = "true";
        var filters = document.getElementById(button.getAttribute("aria-controls"));
        var narrow = window.matchMedia("(max-width: 1023px)");
        var show = function (open) {
            filters.hidden = !open;
            button.setAttribute("aria-expanded", String(open));
        };
        var fit = function () {
            button.hidden = !narrow.matches;
            show(!narrow.matches || filters.querySelector("[aria-invalid=true]") !== null);
        };
        button.addEventListener("click", function () {
            show(filters.hidden);
            if (!filters.hidden) {
                var first = filters.querySelector("input, select");
                if (first) {
                    first.focus();
                }
            }
        });
        narrow.addEventListener("change", fit);
        fit();
    }

    // "Copy the address": shown only where this script runs; without it the address is there to select by hand.
    function copyLink(button) {
        var field = document.getElementById(button.dataset.copyLink);
        if (!field || !navigator.clipboard) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(field.value).then(function () {
                var status = document.getElementById(button.dataset.copyStatus);
                if (status) {
                    status.textContent = button.dataset.copied;
                }
            });
        });
    }

    function enhance(root) {
        root.querySelectorAll("[data-geolocate]").forEach(geolocate);
        root.querySelectorAll("[data-countdown]").forEach(countdown);
        root.querySelectorAll("[data-organization-finder]").forEach(organizationFinder);
        root.querySelectorAll("[data-filters-toggle]").forEach(filtersToggle);
        root.querySelectorAll("[data-print]").forEach(function (button) {
            button.hidden = false;
            button.onclick = function () { window.print(); };
        });
        root.querySelectorAll("[data-copy-link]").forEach(copyLink);
        var container = root.querySelector ? document.getElementById("map") : null;
        if (container) {
            map(container);
        }
    }

    /**
     * Each step starts where its work is, not at the page's top: the error summary when a form came back with
     * mistakes, else the step's heading or first field (marked data-focus-here).
     */
    function focusTheStep() {
        var target = document.getElementById("error-summary") || document.querySelector("[data-focus-here]");
        if (target) {
            target.focus();
        }
    }

    window.addEventListener("load", function () {
        enhance(document);
        focusTheStep();
    });
    document.addEventListener("htmx:afterSettle", function (event) {
        enhance(event.detail.elt.parentNode || document);
        // The month link that was pressed is gone with the old calendar: keep the keyboard user in the new one.
        var heading = document.getElementById("month-heading");
        if (heading && event.target.id === "calendar") {
            heading.focus();
        }
    });
})();
