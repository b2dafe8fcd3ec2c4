// Text objects: plain_text is set as text; mrkdwn only from the html the stand-in drew (every character escaped).
export function textNode(object, tag = 'span') {
  const element = document.createElement(tag);
  setText(element, object);
  return element;
}

export function setText(element, object) {
  if (!object) {
    element.textContent = '';
  } else if (typeof object === 'string') {
    element.textContent = object;
  } else if (object.type === 'mrkdwn' && typeof object.html === 'string') {
    element.innerHTML = object.html;
    element.classList.add('mrkdwn');
  } else {
    element.textContent = object.text ?? '';
  }
  return element;
}

export function plain(object) {
  return object ? (object.text ?? '') : '';
}

/** A stable, valid id for an element from parts that may hold any character. */
export function idFor(...parts) {
  return 'x' + parts.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, (c) => '_' + c.charCodeAt(0).toString(16)))
    .join('--');
}
