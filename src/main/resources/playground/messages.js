// The channel's messages, drawn by the same renderer; ephemeral ones only for the member they are for.
import { post } from './api.js';
import { renderBlocks } from './blocks.js';

export function createMessages(list, people, currentUser) {
  const all = [];

  function add(message) {
    all.push(message);
    if (message.ephemeral_to && message.ephemeral_to !== currentUser()) return;
    list.querySelector('.welcome')?.remove();
    list.append(item(message));
    list.lastElementChild.scrollIntoView({ block: 'end' });
  }

  function reset(messages) {
    all.length = 0;
    all.push(...messages);
    draw();
  }

  function draw() {
    const user = currentUser();
    const visible = all.filter((m) => !m.ephemeral_to || m.ephemeral_to === user);
    list.replaceChildren(...(visible.length ? visible.map(item) : [welcome()]));
    list.lastElementChild?.scrollIntoView({ block: 'end' });
  }

  function item(message) {
    const li = document.createElement('li');
    li.className = 'message' + (message.ephemeral_to ? ' ephemeral' : '');
    li.dataset.ts = message.ts;
    const sender = senderOf(message);
    const avatar = document.createElement('div');
    avatar.className = 'avatar' + (message.bot_id ? ' bot' : '');
    avatar.setAttribute('aria-hidden', 'true');
    avatar.textContent = sender.split(/\s+/).map((w) => w[0]).join('').slice(0, 2).toUpperCase();
    const main = document.createElement('div');
    main.className = 'message-main';
    const meta = document.createElement('div');
    meta.className = 'meta';
    const name = document.createElement('span');
    name.className = 'sender';
    name.textContent = sender;
    meta.append(name);
    if (message.bot_id) meta.append(badge('app-badge', 'APP'));
    const time = document.createElement('time');
    time.textContent = new Date(Number(message.ts.split('.')[0]) * 1000).toLocaleTimeString([],
      { hour: '2-digit', minute: '2-digit' });
    meta.append(time);
    if (message.direct) meta.append(badge('dm-badge', 'Direct message'));
    main.append(meta);
    if (message.blocks?.length) {
      main.append(renderBlocks(message.blocks, {
        prefix: 'm' + message.ts,
        dispatch: (blockId, actionId) => post('/page/action', { user: currentUser(), message_ts: message.ts,
          block_id: blockId, action_id: actionId }),
        suggest: async () => ({ options: [] }),
      }).node);
    } else {
      const text = document.createElement('div');
      text.className = 'mrkdwn';
      text.innerHTML = message.text_html ?? '';
      main.append(text);
    }
    if (message.ephemeral_to) {
      const note = document.createElement('div');
      note.className = 'ephemeral-note';
      note.textContent = 'Only visible to you';
      main.append(note);
    }
    li.append(avatar, main);
    return li;
  }

  function senderOf(message) {
    if (message.bot_id) return message.username || 'new-deal';
    if (message.user === 'USLACKBOT') return 'Slackbot';
    return people().find((p) => p.id === message.user)?.name || message.user;
  }

  function welcome() {
    const li = document.createElement('li');
    li.className = 'welcome';
    const h = document.createElement('h2');
    h.textContent = 'Try new-deal';
    const p = document.createElement('p');
    p.append('Type ');
    const code = document.createElement('code');
    code.textContent = '/new-deal Globex renewal';
    p.append(code, ' in the message box below and press Enter. The form that opens is what the app sends to Slack;'
      + ' the deal goes to the Pipeliner sandbox, and its link opens what Pipeliner stored.');
    li.append(h, p);
    return li;
  }

  return { add, reset, draw };
}

function badge(className, text) {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}
