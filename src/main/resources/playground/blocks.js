// The general Block Kit renderer: any surface's blocks (modal, message, Home tab) drawn from the JSON the app sent.
import { renderElement } from './elements.js';
import { idFor, plain, setText, textNode } from './text.js';

/**
 * ctx: { prefix (for ids), entered ({block_id: {action_id: state value}}), errors ({block_id: text}),
 *        dispatch(blockId, actionId), suggest(blockId, actionId, query) => Promise, onEnter() }
 * Returns { node, controls: [{ blockId, actionId, input, value() }] }.
 */
export function renderBlocks(blocks, ctx) {
  const node = document.createElement('div');
  node.className = 'blocks';
  const controls = [];
  for (const block of blocks || []) {
    const drawn = renderBlock(block, ctx, controls);
    if (drawn) node.append(drawn);
  }
  return { node, controls };
}

function renderBlock(block, ctx, controls) {
  switch (block.type) {
    case 'section': return section(block, ctx, controls);
    case 'divider': return Object.assign(document.createElement('hr'), { className: 'divider' });
    case 'header': return Object.assign(textNode(block.text, 'h3'), { className: 'header-block' });
    case 'context': return context(block);
    case 'actions': return actions(block, ctx, controls);
    case 'input': return input(block, ctx, controls);
    case 'image': return image(block.image_url, block.alt_text, block.title);
    case 'rich_text': return textNode({ type: 'plain_text', text: richText(block) }, 'p');
    default: return textNode({ type: 'plain_text', text: `(${block.type} block)` }, 'p');
  }
}

function element(block, el, ctx, controls, dispatching) {
  const id = idFor(ctx.prefix, block.block_id, el.action_id || 'el');
  const drawn = renderElement(el, {
    id,
    entered: ctx.entered?.[block.block_id]?.[el.action_id],
    dispatch: dispatching && el.action_id ? () => ctx.dispatch(block.block_id, el.action_id) : null,
    suggest: (query) => ctx.suggest(block.block_id, el.action_id, query),
    onEnter: ctx.onEnter,
  });
  controls.push({ blockId: block.block_id, actionId: el.action_id, input: drawn.input, value: drawn.value,
    isInput: block.type === 'input' });
  return drawn;
}

function section(block, ctx, controls) {
  const node = document.createElement('div');
  node.className = 'section';
  const main = document.createElement('div');
  main.className = 'section-main';
  if (block.text) main.append(textNode(block.text, 'div'));
  if (block.fields?.length) {
    const fields = document.createElement('div');
    fields.className = 'fields';
    for (const field of block.fields) fields.append(textNode(field, 'div'));
    main.append(fields);
  }
  node.append(main);
  if (block.accessory) {
    const accessory = block.accessory.type === 'image'
      ? image(block.accessory.image_url, block.accessory.alt_text)
      : element(block, block.accessory, ctx, controls, true).node;
    accessory.classList?.add('accessory');
    node.append(accessory);
  }
  return node;
}

function context(block) {
  const node = document.createElement('div');
  node.className = 'context';
  for (const item of block.elements || []) {
    node.append(item.type === 'image' ? image(item.image_url, item.alt_text) : textNode(item, 'span'));
  }
  return node;
}

function actions(block, ctx, controls) {
  const node = document.createElement('div');
  node.className = 'actions';
  for (const el of block.elements || []) node.append(element(block, el, ctx, controls, true).node);
  return node;
}

function input(block, ctx, controls) {
  const node = document.createElement('div');
  node.className = 'input-block';
  const el = block.element || {};
  const drawn = element(block, el, ctx, controls, Boolean(block.dispatch_action));
  const label = document.createElement('label');
  label.className = 'input-label';
  label.htmlFor = drawn.input?.id || '';
  setText(label, block.label);
  node.append(label);
  if (block.optional) {
    const optional = document.createElement('span');
    optional.className = 'optional';
    optional.textContent = ' (optional)';
    label.append(optional);
  }
  node.append(drawn.node);
  const described = [];
  const error = ctx.errors?.[block.block_id];
  if (error) {
    const p = textNode({ type: 'plain_text', text: error }, 'p');
    p.className = 'input-error';
    p.id = idFor(ctx.prefix, block.block_id, 'error');
    described.push(p.id);
    node.append(p);
    node.classList.add('has-error');
    drawn.input?.setAttribute('aria-invalid', 'true');
  }
  if (block.hint) {
    const hint = textNode(block.hint, 'p');
    hint.className = 'hint';
    hint.id = idFor(ctx.prefix, block.block_id, 'hint');
    described.push(hint.id);
    node.append(hint);
  }
  if (described.length) drawn.input?.setAttribute('aria-describedby', described.join(' '));
  return node;
}

function image(url, alt, title) {
  const figure = document.createElement('figure');
  figure.className = 'image';
  if (/^https?:\/\//i.test(url || '')) {
    const img = document.createElement('img');
    img.src = url;
    img.alt = alt || '';
    figure.append(img);
  }
  if (title) figure.append(textNode(title, 'figcaption'));
  return figure;
}

function richText(block) {
  const parts = [];
  const walk = (items) => (items || []).forEach((item) => {
    if (item.text) parts.push(item.text);
    if (item.elements) walk(item.elements);
  });
  walk(block.elements);
  return parts.join('');
}

/** The state values of a rendered surface's input blocks, in Slack's shape. */
export function stateOf(controls) {
  const values = {};
  for (const control of controls) {
    if (!control.isInput || !control.actionId) continue;
    const value = control.value();
    if (value) (values[control.blockId] ??= {})[control.actionId] = value;
  }
  return values;
}

export { plain };
