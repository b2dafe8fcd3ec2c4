// The modal: the top view of Slack's stack, drawn by the general renderer. What the rep typed is kept per view and
// input (block_id + action_id), so an update from the app keeps it, as Slack does.
import { post } from './api.js';
import { renderBlocks, stateOf } from './blocks.js';
import { idFor, plain, setText } from './text.js';

export function createModal(root, currentUser) {
  const entered = new Map();
  let version = -1;
  let shown = null; // { viewId, hash, controls, errorsKey }
  let busy = false;

  function capture() {
    if (shown) entered.set(shown.viewId, { ...(entered.get(shown.viewId) || {}), ...stateOf(shown.controls) });
  }

  function values() {
    capture();
    return shown ? entered.get(shown.viewId) || {} : {};
  }

  async function send(path, extra) {
    if (!shown) return {};
    return post(path, { user: currentUser(), view_id: shown.viewId, values: values(), ...extra });
  }

  async function submit() {
    if (busy || !shown) return;
    busy = true;
    const button = root.querySelector('.submit');
    button?.setAttribute('aria-busy', 'true');
    button?.setAttribute('disabled', '');
    const viewId = shown.viewId;
    try {
      await send('/page/submit', {});
    } finally {
      busy = false;
      if (shown?.viewId === viewId) {
        const again = root.querySelector('.submit');
        again?.removeAttribute('aria-busy');
        again?.removeAttribute('disabled');
      }
    }
  }

  /** {@code fresh}: a snapshot after (re)connecting, which may come from a restarted playground. */
  function render(snapshot, fresh = false) {
    if (snapshot.version < version && !fresh) return;
    version = snapshot.version;
    capture();
    const top = snapshot.views[snapshot.views.length - 1];
    if (!top) {
      shown = null;
      root.replaceChildren();
      return;
    }
    const view = top.view;
    const focused = whatHasFocus();
    const drawn = renderBlocks(view.blocks, {
      prefix: view.id,
      entered: entered.get(view.id),
      errors: top.errors || {},
      dispatch: (blockId, actionId) => send('/page/action', { block_id: blockId, action_id: actionId }),
      suggest: (blockId, actionId, query) => send('/page/suggest', { block_id: blockId, action_id: actionId,
        value: query }),
      onEnter: () => submit(),
    });
    root.replaceChildren(frame(view, top.notice, drawn.node, snapshot.views.length > 1));
    shown = { viewId: view.id, controls: drawn.controls };
    if (!restoreFocus(focused)) root.querySelector('.modal')?.focus();
  }

  // An update from the app redraws the modal: the rep keeps typing where they were, a search included.
  function whatHasFocus() {
    const active = document.activeElement;
    if (!active || !root.contains(active) || !active.id) return null;
    return { id: active.id, value: active.value, start: active.selectionStart, end: active.selectionEnd,
      search: active.getAttribute('role') === 'combobox' };
  }

  function restoreFocus(focused) {
    const again = focused && document.getElementById(focused.id);
    if (!again || !root.contains(again)) return root.contains(document.activeElement);
    again.focus();
    if (focused.search && typeof focused.value === 'string' && again.value !== focused.value) {
      again.value = focused.value;
      again.dispatchEvent(new Event('input'));
    }
    if (typeof focused.start === 'number') {
      try { again.setSelectionRange(focused.start, focused.end); } catch { /* not a text input */ }
    }
    return true;
  }

  function frame(view, notice, body, stacked) {
    const overlay = document.createElement('div');
    overlay.className = 'overlay';
    const dialog = document.createElement('div');
    dialog.className = 'modal';
    dialog.tabIndex = -1;
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    const titleId = idFor(view.id, 'title');
    dialog.setAttribute('aria-labelledby', titleId);
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') { event.preventDefault(); send('/page/close', { all: true }); }
    });
    const header = document.createElement('header');
    header.className = 'modal-header';
    const title = setText(document.createElement('h2'), view.title);
    title.id = titleId;
    const x = button('modal-x', '×', () => send('/page/close', { all: true }));
    x.setAttribute('aria-label', stacked ? 'Close all' : 'Close');
    header.append(title, x);
    const main = document.createElement('div');
    main.className = 'modal-body';
    if (notice) {
      const note = setText(document.createElement('div'), notice);
      note.className = 'modal-notice';
      note.setAttribute('role', 'alert');
      main.append(note);
    }
    main.append(body);
    const footer = document.createElement('footer');
    footer.className = 'modal-footer';
    footer.append(button('close', plain(view.close) || 'Cancel', () => send('/page/close', { all: false })));
    if (view.submit) footer.append(button('submit primary', plain(view.submit), () => submit()));
    dialog.append(header, main, footer);
    overlay.append(dialog);
    return overlay;
  }

  return { render };
}

function button(className, text, onClick) {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = className;
  node.textContent = text;
  node.addEventListener('click', onClick);
  return node;
}
