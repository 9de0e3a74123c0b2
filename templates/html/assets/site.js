// Client-side filters for the gkml catalogue site: by 五公开 category, area, audience and mode, and a
// search over item names and content. Plain script, no dependencies, works from file://. Without it
// the pages are complete; the filter bar simply stays hidden.
// The rows carry no filter data: each row's values are read from what it shows (the 五公开 line, the √
// columns under their headers, the table's area), so a 100,000-item site does not carry them twice.
// `?category=…` (also area, audience, mode, q) in the address sets the filters: the index and the
// 五公开 category pages link to a publisher's page that way.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  var fields = ['category', 'area', 'audience', 'mode'];
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var text = function (node) { return node ? node.textContent : ''; };
  var entries = [];
  var merged = []; // [cell, rowspan] of each merged 一级事项 cell

  function split(value, separator) { return value ? value.split(separator) : []; }
  // Full-width letters and digits match their ASCII forms; case and spaces do not matter.
  function normalise(value) { return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ''); }

  // Publisher pages: the official tables, one per area.
  each(document.querySelectorAll('section.area-section'), function (section) {
    var area = section.getAttribute('data-area');
    var table = section.querySelector('table.official');
    var ticks = Array.prototype.map.call(table.tHead.querySelectorAll('th.c-tick'), function (th) {
      return { field: th.getAttribute('data-filter'), value: th.textContent };
    });
    each(table.tBodies, function (body) {
      var head = body.rows[0] && body.rows[0].querySelector('.l1');
      if (head && head.rowSpan > 1) merged.push([head, head.rowSpan]);
      each(body.rows, function (row, i) {
        // Each row gets its own 一级事项 cell, shown while filtering and on phones (a merged cell cannot span hidden rows).
        if (i > 0 && head) {
          var cell = document.createElement('td');
          cell.className = 'l1 l1-repeat';
          cell.textContent = head.textContent;
          row.insertBefore(cell, row.cells[1]);
        }
        var entry = { row: row, category: split(text(row.querySelector('.five')), '、'), area: [area], audience: [], mode: [] };
        each(row.querySelectorAll('td.t'), function (cell, k) {
          var tick = ticks[k];
          if (tick && tick.field && cell.firstChild) entry[tick.field].push(tick.value);
        });
        entry.text = normalise([text(head), text(row.querySelector('.l2')), text(row.querySelector('.l3')), text(row.querySelector('.content'))].join(' '));
        entries.push(entry);
      });
    });
  });
  // Area pages: a line per item (name, 五公开, 公开对象, 公开方式, 公开时限).
  each(document.querySelectorAll('table.item-list > tbody > tr'), function (row) {
    var cells = row.cells;
    entries.push({ row: row, text: normalise(text(cells[0])), category: split(text(cells[1]), '、'), area: [], audience: split(text(cells[2]), '、'), mode: split(text(cells[3]), '、') });
  });

  var status = form.querySelector('.filter-status');
  var noMatch = document.querySelector('.no-match');

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
    entries.forEach(function (entry) {
      var visible = matches(entry, state);
      entry.row.hidden = !visible;
      if (visible) shown++;
    });
    each(document.querySelectorAll('table'), function (table) { table.classList.toggle('is-filtered', active); });
    merged.forEach(function (pair) { pair[0].rowSpan = active ? 1 : pair[1]; });
    each(document.querySelectorAll('tbody, section.area-section, section.list-section'), function (box) {
      box.hidden = active && !box.querySelector(box.tagName === 'TBODY' ? ':scope > tr:not([hidden])' : 'tbody > tr:not([hidden])');
    });
    status.textContent = active ? '显示 ' + shown + ' / ' + entries.length + ' 项' : '共 ' + entries.length + ' 项';
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

  // Filters named in the address (a link from the index or a 五公开 page); a value the page lacks is ignored.
  function fromAddress() {
    var params = new URLSearchParams(location.search);
    fields.concat('q').forEach(function (name) {
      var control = form.elements[name];
      var value = params.get(name);
      if (!control || value === null) return;
      control.value = value;
      if (control.value !== value) control.value = '';
    });
  }

  form.hidden = false;
  fromAddress();
  apply(); // the browser may also have restored the controls' values (back button)
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  window.addEventListener('hashchange', reveal);
  if (location.hash) reveal();
})();
