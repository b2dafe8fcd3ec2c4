// A keyboard-usable combobox (role=combobox with a role=listbox of role=option items) for Block Kit's selects:
// static options and option groups, or options loaded from the app as the rep types (external selects).
import { plain } from './text.js';

let counter = 0;

export function combobox({ id, placeholder, multi, initial, source, minQueryLength = 0, onChange }) {
  const listId = id + '-list';
  const wrapper = el('div', 'combo' + (multi ? ' multi' : ''));
  const chips = el('div', 'chips');
  const input = el('input', 'combo-input');
  Object.assign(input, { id, type: 'text', autocomplete: 'off', placeholder: plain(placeholder) });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  const list = el('ul', 'listbox');
  list.id = listId;
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  if (multi) list.setAttribute('aria-multiselectable', 'true');
  const status = el('div', 'combo-status');
  status.setAttribute('role', 'status');
  wrapper.append(chips, input, list, status);

  let selected = multi ? [...(initial || [])] : (initial || null);
  let shown = [];
  let active = -1;
  let loads = 0;
  let timer = null;

  const text = (o) => plain(o.text);
  const isChosen = (o) => multi && selected.some((s) => s.value === o.value);

  function renderChips() {
    chips.replaceChildren();
    if (!multi) return;
    for (const option of selected) {
      const chip = el('span', 'chip');
      chip.append(document.createTextNode(text(option)));
      const remove = el('button', 'chip-remove');
      remove.type = 'button';
      remove.textContent = '×';
      remove.setAttribute('aria-label', 'Remove ' + text(option));
      remove.addEventListener('click', () => {
        selected = selected.filter((s) => s.value !== option.value);
        renderChips();
        onChange?.(value());
        input.focus();
      });
      chip.append(remove);
      chips.append(chip);
    }
  }

  function showText() {
    if (!multi) input.value = selected ? text(selected) : '';
  }

  function open(answer) {
    shown = [];
    list.replaceChildren();
    const add = (option, parent) => {
      if (isChosen(option)) return;
      const index = shown.length;
      const item = el('li', 'option');
      item.id = listId + '-' + (++counter);
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', String(!multi && selected?.value === option.value));
      item.textContent = text(option);
      item.addEventListener('mousedown', (event) => event.preventDefault());
      item.addEventListener('click', () => pick(index));
      shown.push({ option, item });
      parent.append(item);
    };
    for (const option of answer.options || []) add(option, list);
    for (const group of answer.option_groups || []) {
      const holder = el('li', 'group');
      holder.setAttribute('role', 'presentation');
      const label = el('div', 'group-label');
      label.id = listId + '-g' + (++counter);
      label.textContent = plain(group.label);
      const inner = el('ul', 'group-options');
      inner.setAttribute('role', 'group');
      inner.setAttribute('aria-labelledby', label.id);
      holder.append(label, inner);
      list.append(holder);
      for (const option of group.options || []) add(option, inner);
      if (!inner.children.length) holder.remove();
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = shown.length ? '' : (answer.error ? 'Could not load options (' + answer.error + ')'
      : 'No results');
    setActive(shown.length ? 0 : -1);
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    status.textContent = '';
    active = -1;
  }

  function setActive(index) {
    shown.forEach((s, i) => s.item.classList.toggle('active', i === index));
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', shown[index].item.id);
      shown[index].item.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function pick(index) {
    const option = shown[index]?.option;
    if (!option) return;
    if (multi) {
      selected = [...selected, option];
      input.value = '';
      renderChips();
    } else {
      selected = option;
      showText();
    }
    close();
    onChange?.(value());
  }

  async function search(query, typed = false) {
    if (source.options || source.option_groups) {
      const q = query.toLowerCase();
      const match = (o) => text(o).toLowerCase().includes(q);
      open({
        options: (source.options || []).filter(match),
        option_groups: (source.option_groups || []).map((g) => ({ ...g, options: (g.options || []).filter(match) })),
      });
      return;
    }
    if (query.length < minQueryLength) {
      close();
      const more = minQueryLength - query.length;
      status.textContent = typed ? 'Type ' + more + ' more character' + (more > 1 ? 's' : '') + ' to search' : '';
      return;
    }
    const mine = ++loads;
    list.hidden = true;
    status.textContent = 'Searching…';
    wrapper.classList.add('loading');
    const answer = await source.load(query);
    if (mine !== loads) return;
    wrapper.classList.remove('loading');
    if (document.activeElement === input) open(answer);
    else status.textContent = '';
  }

  const currentQuery = () => (multi || !selected || input.value !== text(selected) ? input.value : '');

  input.addEventListener('focus', () => {
    if (!multi) input.select();
    search(currentQuery());
  });
  input.addEventListener('click', () => { if (list.hidden) search(currentQuery()); });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value.trim(), true), source.load ? 250 : 0);
  });
  input.addEventListener('blur', () => {
    clearTimeout(timer);
    loads++;
    wrapper.classList.remove('loading');
    if (!multi && input.value.trim() === '' && selected) {
      selected = null;
      onChange?.(value());
    }
    close();
    showText();
    if (multi) input.value = '';
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) { search(currentQuery()); return; }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(shown.length - 1, active + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        close();
        showText();
      }
    } else if (event.key === 'Backspace' && multi && input.value === '' && selected.length) {
      selected = selected.slice(0, -1);
      renderChips();
      onChange?.(value());
    }
  });

  function value() {
    return multi ? [...selected] : selected;
  }

  renderChips();
  showText();
  return { element: wrapper, input, value };
}

function el(tag, className) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  return element;
}
