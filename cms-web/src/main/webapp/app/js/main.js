import { loadLanguage } from './i18n.js';
import { Session } from './session.js';
import { api, connect } from './api.js';
import './bulletin-app.js';

await loadLanguage();
const session = await Session.start();
connect(session);
const app = document.querySelector('bulletin-app');
app.me = await api.get('me');
app.session = session;
