// Drag and drop for the draft editor: dropping an item on another of the same horizon puts it there and
// saves the horizon's new order through the page's own form (a POST with Faces' view state). The ↑ and ↓
// buttons do the same one step at a time, with or without this script.
(function () {
  'use strict';
  const form = document.querySelector('[data-drag-order]');
  if (!form) {
    return;
  }
  const field = document.getElementById(form.dataset.field);
  const submit = document.getElementById(form.dataset.submit);
  let dragged = null;

  function orderOf(list) {
    return Array.from(list.children).filter(function (li) { return li.dataset.anchor; })
      .map(function (li) { return li.dataset.anchor; }).join(',');
  }

  document.querySelectorAll('[data-sortable] > [data-anchor]').forEach(function (item) {
    item.draggable = true;
    item.addEventListener('dragstart', function (event) {
      dragged = item;
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.dataset.anchor);
      item.classList.add('is-dragged');
    });
    item.addEventListener('dragend', function () {
      item.classList.remove('is-dragged');
    });
    item.addEventListener('dragover', function (event) {
      if (dragged && dragged !== item && dragged.parentElement === item.parentElement) {
        event.preventDefault();
      }
    });
    item.addEventListener('drop', function (event) {
      event.preventDefault();
      if (!dragged || dragged === item || dragged.parentElement !== item.parentElement) {
        return;
      }
      const list = item.parentElement;
      const downwards = Array.from(list.children).indexOf(dragged) < Array.from(list.children).indexOf(item);
      list.insertBefore(dragged, downwards ? item.nextSibling : item);
      field.value = list.dataset.sortable + ':' + orderOf(list);
      submit.click();
    });
  });
})();
