// Client-side filters for the gkml catalogue site: by 五公开 category, area, audience and mode, and a
// search over item names and content. Plain script, no dependencies, works from file://. Without it
// the pages are complete; the filter bar simply stays hidden.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  var rows = Array.prototype.map.call(document.querySelectorAll('tr[data-item]'), function (row) {
    var text = Array.prototype.map.call(row.querySelectorAll('.s'), function (cell) { return cell.textContent; }).join(' ');
    return {
      row: row,
      text: normalise(text),
      category: split(row.getAttribute('data-category')),
      area: split(row.getAttribute('data-area')),
      audience: split(row.getAttribute('data-audience')),
      mode: split(row.getAttribute('data-mode')),
    };
  });
  var status = form.querySelector('.filter-status');
  var noMatch = document.querySelector('.no-match');
  var fields = ['category', 'area', 'audience', 'mode'];

  function split(value) { return value ? value.split('|') : []; }
  // Full-width letters and digits match their ASCII forms; case and spaces do not matter.
  function normalise(text) { return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ''); }

  function chosen() {
    var state = { q: normalise(form.elements.q.value) };
    fields.forEach(function (name) { state[name] = form.elements[name] ? form.elements[name].value : ''; });
    return state;
  }

  function matches(entry, state) {
    for (var i = 0; i < fields.length; i++) {
      var value = state[fields[i]];
      if (value && entry[fields[i]].indexOf(value) === -1) return false;
    }
    return !state.q || entry.text.indexOf(state.q) !== -1;
  }

  function apply() {
    var state = chosen();
    var active = Boolean(state.q) || fields.some(function (name) { return state[name]; });
    var shown = 0;
    rows.forEach(function (entry) {
      var visible = matches(entry, state);
      entry.row.hidden = !visible;
      if (visible) shown++;
    });
    // A merged 一级事项 cell cannot span rows that are hidden: while filtering, every row shows its own.
    Array.prototype.forEach.call(document.querySelectorAll('table'), function (table) {
      table.classList.toggle('is-filtered', active);
      Array.prototype.forEach.call(table.querySelectorAll('th[data-span]'), function (cell) {
        cell.rowSpan = active ? 1 : Number(cell.getAttribute('data-span'));
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('tbody, section.area-section, section.list-section'), function (box) {
      box.hidden = active && !box.querySelector('tr[data-item]:not([hidden])');
    });
    status.textContent = active ? '显示 ' + shown + ' / ' + rows.length + ' 项' : '共 ' + rows.length + ' 项';
    if (noMatch) noMatch.hidden = shown > 0;
  }

  // A link to one item must show it, even when the filters had hidden it.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || !target.closest('[hidden]')) return;
    form.reset();
    apply();
    target.scrollIntoView();
  }

  form.hidden = false;
  apply(); // the browser may have restored the controls' values (back button)
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  window.addEventListener('hashchange', reveal);
})();
