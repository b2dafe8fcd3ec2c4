// The playground page: a Slack channel with the new-deal app, fed live by the stand-in (server-sent events).
import { post } from './api.js';
import { createHood } from './hood.js';
import { createMessages } from './messages.js';
import { createModal } from './modal.js';

let people = [];
const you = document.getElementById('you');
const currentUser = () => you.value;

const messages = createMessages(document.getElementById('messages'), () => people, currentUser);
const modal = createModal(document.getElementById('modal-root'), currentUser);
const hood = createHood(document.getElementById('hood'));
const alerts = document.getElementById('alerts');

function snapshot(data) {
  people = data.people;
  const chosen = localStorage.getItem('playground.you');
  you.replaceChildren(...people.map((p) => new Option(p.name + ' (' + p.email + ')', p.id)));
  you.value = people.some((p) => p.id === chosen) ? chosen : people[0].id;
  note();
  document.getElementById('team').textContent = data.workspace.team;
  const banner = document.getElementById('banner');
  banner.hidden = false;
  banner.className = 'banner' + (data.pipeliner.real ? ' real' : '');
  banner.textContent = data.pipeliner.real
    ? 'Connected to your real Pipeliner space at ' + data.pipeliner.host + ': deals created here are real.'
    : 'Pipeliner here is the embedded sandbox: made-up data, nothing leaves this computer.';
  messages.reset(data.messages);
  modal.render(data.modal, true);
  hood.reset(data.hood);
}

function note() {
  const person = people.find((p) => p.id === you.value);
  document.getElementById('you-note').textContent = person ? person.note : '';
}

function slackError(error) {
  const item = document.createElement('div');
  item.className = 'alert';
  const text = document.createElement('span');
  text.textContent = 'Slack refused ' + error.method + ': ' + error.error + ' (' + error.detail + ')';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => item.remove());
  item.append(text, close);
  alerts.append(item);
  while (alerts.children.length > 3) alerts.firstElementChild.remove();
}

you.addEventListener('change', () => {
  localStorage.setItem('playground.you', you.value);
  note();
  messages.draw();
});

// On a phone the channel needs the room: the panel starts folded.
if (window.matchMedia('(max-width: 900px)').matches) document.getElementById('hood-details').open = false;

const events = new EventSource('/page/events');
events.addEventListener('snapshot', (e) => snapshot(JSON.parse(e.data)));
events.addEventListener('modal', (e) => modal.render(JSON.parse(e.data)));
events.addEventListener('message', (e) => messages.add(JSON.parse(e.data)));
events.addEventListener('hood', (e) => hood.add(JSON.parse(e.data)));
events.addEventListener('slack_error', (e) => slackError(JSON.parse(e.data)));
events.addEventListener('open', () => document.body.classList.add('live'));

const composer = document.getElementById('composer');
const box = document.getElementById('message');
composer.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = box.value.trim();
  if (!text) return;
  box.value = '';
  await post('/page/message', { user: currentUser(), text });
});
box.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    composer.requestSubmit();
  }
});
