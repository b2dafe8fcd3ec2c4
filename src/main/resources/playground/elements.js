// Block Kit's interactive elements, each drawn from its JSON and able to say its value in Slack's state shape.
import { combobox } from './combobox.js';
import { plain, textNode } from './text.js';

const SINGLE = new Set(['static_select', 'external_select']);
const MULTI = new Set(['multi_static_select', 'multi_external_select']);

/**
 * ctx: { id, entered (the state value kept from before, or undefined), dispatch (send block_actions now),
 *        suggest (query) => Promise of an options answer, onEnter (submit the form) }
 * Returns { node, input (the focusable control), value() (Slack's state value, or null for buttons) }.
 */
export function renderElement(element, ctx) {
  const type = element.type;
  if (type === 'plain_text_input' || type === 'number_input' || type === 'email_text_input'
    || type === 'url_text_input') return textInput(element, ctx);
  if (type === 'datepicker') return datePicker(element, ctx);
  if (SINGLE.has(type) || MULTI.has(type)) return select(element, ctx);
  if (type === 'button') return button(element, ctx);
  const node = textNode({ type: 'plain_text', text: `(${type} is not drawn by the playground)` }, 'span');
  node.className = 'unsupported';
  return { node, input: null, value: () => null };
}

function textInput(element, ctx) {
  const multiline = element.type === 'plain_text_input' && element.multiline;
  const input = document.createElement(multiline ? 'textarea' : 'input');
  input.id = ctx.id;
  input.className = 'text-input';
  if (!multiline) {
    input.type = element.type === 'email_text_input' ? 'email' : element.type === 'url_text_input' ? 'url' : 'text';
  } else {
    input.rows = 4;
  }
  if (element.type === 'number_input') input.inputMode = element.is_decimal_allowed ? 'decimal' : 'numeric';
  if (element.max_length) input.maxLength = element.max_length;
  input.placeholder = plain(element.placeholder);
  const kept = ctx.entered && ctx.entered.type === element.type ? ctx.entered.value : undefined;
  input.value = kept !== undefined ? (kept ?? '') : (element.initial_value ?? '');
  if (ctx.dispatch) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !multiline) { event.preventDefault(); ctx.dispatch(); }
    });
  } else if (!multiline && ctx.onEnter) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { event.preventDefault(); ctx.onEnter(); }
    });
  }
  return { node: input, input, value: () => ({ type: element.type, value: input.value === '' ? null : input.value }) };
}

function datePicker(element, ctx) {
  const input = document.createElement('input');
  input.type = 'date';
  input.id = ctx.id;
  input.className = 'text-input date';
  const kept = ctx.entered && ctx.entered.type === 'datepicker' ? ctx.entered.selected_date : undefined;
  input.value = kept !== undefined ? (kept ?? '') : (element.initial_date ?? '');
  if (ctx.dispatch) input.addEventListener('change', () => ctx.dispatch());
  return { node: input, input, value: () => ({ type: 'datepicker', selected_date: input.value || null }) };
}

function select(element, ctx) {
  const multi = MULTI.has(element.type);
  const external = element.type.endsWith('external_select');
  const keptField = multi ? 'selected_options' : 'selected_option';
  const kept = ctx.entered && ctx.entered.type === element.type ? ctx.entered[keptField] : undefined;
  const initial = kept !== undefined ? kept : (multi ? element.initial_options : element.initial_option);
  const source = external ? { load: ctx.suggest } : { options: element.options, option_groups: element.option_groups };
  const box = combobox({
    id: ctx.id,
    placeholder: element.placeholder,
    multi,
    initial: initial || (multi ? [] : null),
    source,
    minQueryLength: external ? (element.min_query_length ?? 3) : 0,
    onChange: () => ctx.dispatch?.(),
  });
  return {
    node: box.element,
    input: box.input,
    value: () => (multi ? { type: element.type, selected_options: box.value() }
      : { type: element.type, selected_option: box.value() }),
  };
}

function button(element, ctx) {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = 'block-button' + (element.style ? ' ' + element.style : '');
  node.textContent = plain(element.text);
  if (element.url) {
    node.addEventListener('click', () => window.open(element.url, '_blank', 'noopener'));
  }
  node.addEventListener('click', () => ctx.dispatch?.());
  return { node, input: node, value: () => null };
}
