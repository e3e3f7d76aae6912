import { html, nothing } from 'lit';
import { LightElement } from '../light-element.js';
import { api } from '../api.js';
import { allPublications } from '../catalog.js';
import { formatInstant, pick, t } from '../i18n.js';
import { may } from '../roles.js';
import { go } from '../router.js';
import { problemAlert, stageBadge } from '../components/notices.js';

/**
 * Where each user starts: their tasks (drafts they work on, translations waiting for them, reviews waiting
 * for them), recent activity, and every publication's issues with their stage.
 */
class HomeScreen extends LightElement {

  static properties = {
    me: { attribute: false },
    tasks: { state: true },
    publications: { state: true },
    issues: { state: true },
    problem: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      const [tasks, publications] = await Promise.all([api.get('tasks'), allPublications()]);
      const issues = {};
      await Promise.all(publications.map(async (publication) => {
        issues[publication.id] = (await api.get(`publications/${publication.id}/issues`)).issues;
      }));
      this.tasks = tasks;
      this.publications = publications;
      this.issues = issues;
    } catch (problem) {
      this.problem = problem;
    }
  }

  render() {
    if (!this.tasks) {
      return html`<h1>${t('home.title')}</h1>${problemAlert(this.problem)}
        ${this.problem ? nothing : html`<p role="status">${t('app.loading')}</p>`}`;
    }
    return html`
      <h1>${t('home.title')}</h1>
      <section class="tasks" aria-labelledby="my-tasks">
        <h2 id="my-tasks">${t('home.myTasks')}</h2>
        ${may(this.me, 'editor') ? this.taskList('drafts', this.tasks.drafts, (task) => `/issues/${task.issue}`) : nothing}
        ${may(this.me, 'translator') ? this.taskList('translations', this.tasks.translations,
          (task) => `/issues/${task.issue}/translate/${this.targetLocale(task.publication)}`) : nothing}
        ${may(this.me, 'approver') ? this.taskList('reviews', this.tasks.reviews,
          (task) => `/issues/${task.issue}/review`) : nothing}
      </section>
      ${this.recentActivity()}
      ${this.publications.map((publication) => this.publicationIssues(publication))}`;
  }

  taskList(kind, tasks, path) {
    return html`
      <section class="task-list" data-tasks=${kind} aria-labelledby="tasks-${kind}">
        <h3 id="tasks-${kind}">${t(`home.tasks.${kind}`)}</h3>
        ${tasks.length === 0 ? html`<p class="empty">${t('home.noTasks')}</p>` : html`
          <ul>${tasks.map((task) => html`
            <li><a href="#${path(task)}">${this.issueLabel(task)}</a> ${stageBadge(task.stage)}
              <span class="when">${t('home.changedAt', { at: formatInstant(task.updatedAt) })}</span></li>`)}
          </ul>`}
      </section>`;
  }

  recentActivity() {
    const recent = Object.values(this.issues).flat()
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, 8);
    return html`
      <section class="activity" aria-labelledby="recent-activity">
        <h2 id="recent-activity">${t('home.recentActivity')}</h2>
        ${recent.length === 0 ? html`<p class="empty">${t('home.noActivity')}</p>` : html`
          <ul>${recent.map((issue) => html`
            <li>${t('home.activity', { issue: pick(issue.label), user: issue.updatedBy, at: formatInstant(issue.updatedAt) })}
              ${stageBadge(issue.stage)}</li>`)}
          </ul>`}
      </section>`;
  }

  publicationIssues(publication) {
    const issues = this.issues[publication.id] ?? [];
    const headingId = `publication-${publication.id}`;
    return html`
      <section class="publication" aria-labelledby=${headingId}>
        <h2 id=${headingId}>${pick(publication.title)}</h2>
        <p class="publication-links"><a href="#/publications/${publication.id}/media"
          data-testid="media-link">${t('home.pictures', { publication: pick(publication.title) })}</a></p>
        ${issues.length === 0 ? html`<p class="empty">${t('home.noIssues')}</p>` : html`
          <table>
            <caption class="visually-hidden">${t('home.issuesOf', { publication: pick(publication.title) })}</caption>
            <thead><tr><th scope="col">${t('issue.number')}</th><th scope="col">${t('issue.stage')}</th>
              <th scope="col">${t('issue.changed')}</th></tr></thead>
            <tbody>${issues.map((issue) => html`
              <tr data-issue=${issue.id}>
                <td><a href="#/issues/${issue.id}">${pick(issue.label)}</a></td>
                <td>${stageBadge(issue.stage)}</td>
                <td>${issue.updatedBy} · ${formatInstant(issue.updatedAt)}</td>
              </tr>`)}
            </tbody>
          </table>`}
        ${may(this.me, 'editor') ? this.newIssueForm(publication) : nothing}
      </section>`;
  }

  newIssueForm(publication) {
    const id = (name) => `${name}-${publication.id}`;
    return html`
      <form class="new-issue" @submit=${(event) => this.draftIssue(event, publication)}>
        <fieldset>
          <legend>${t('home.newIssue')}</legend>
          <label for=${id('year')}>${t('issue.year')}</label>
          <input id=${id('year')} name="year" type="number" required min="1900" max="2999"
                 value=${new Date().getFullYear()}>
          <label for=${id('number')}>${t('issue.numberInYear')}</label>
          <input id=${id('number')} name="number" type="number" required min="1">
          <label for=${id('cumulative')}>${t('issue.cumulativeNumber')}</label>
          <input id=${id('cumulative')} name="cumulativeNumber" type="number" required min="1">
          <label for=${id('masthead')}>${t('issue.mastheadLine')}</label>
          <input id=${id('masthead')} name="mastheadLine" maxlength="300" lang=${publication.sourceLocale}
                 aria-describedby=${id('masthead-help')}>
          <small id=${id('masthead-help')}>${t('issue.mastheadLineHelp')}</small>
          <button type="submit">${t('home.draftIssue')}</button>
        </fieldset>
        ${this.newIssueProblem?.publication === publication.id ? problemAlert(this.newIssueProblem.problem) : nothing}
      </form>`;
  }

  async draftIssue(event, publication) {
    event.preventDefault();
    const form = new FormData(event.target);
    const cover = Object.fromEntries(['year', 'number', 'cumulativeNumber'].map((name) => [name, Number(form.get(name))]));
    const mastheadLine = String(form.get('mastheadLine') ?? '').trim();
    if (mastheadLine) {
      cover.mastheadLine = { [publication.sourceLocale]: mastheadLine };
    }
    try {
      const issue = await api.post(`publications/${publication.id}/issues`, cover);
      go(`/issues/${issue.id}`);
    } catch (problem) {
      this.newIssueProblem = { publication: publication.id, problem };
      this.requestUpdate();
    }
  }

  issueLabel(task) {
    const publication = this.publications.find((one) => one.id === task.publication);
    return `${publication ? pick(publication.title) : ''} ${task.label}`;
  }

  targetLocale(publicationId) {
    const publication = this.publications.find((one) => one.id === publicationId);
    return publication?.targetLocales?.[0] ?? 'en';
  }
}

customElements.define('home-screen', HomeScreen);
