/**
 * The browser bundle checks answers with shapes made from the zod contract at build time
 * (sdk/contract-for-browsers.ts, sdk/check.ts) instead of carrying zod: the shapes must accept
 * what the contract accepts and refuse answers a caller could trip over.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, checker } from '../../sdk/check.ts';
import { browserEndpointsModule, browserShapes } from '../../sdk/contract-for-browsers.ts';
import { endpoints } from '../../sdk/endpoints.ts';
import { APPLICATIONS, ME, TASKS } from '../../stories/support/data.ts';

const { table, shapes } = browserShapes(endpoints);
const issuesOf = (name: keyof typeof endpoints, value: unknown) =>
  check(shapes[name]!, value, table);

describe('the contract as browsers check it', () => {
  it('has a shape for every answer of every endpoint, and none for 204', () => {
    for (const [name, e] of Object.entries(endpoints)) {
      assert.equal(shapes[name] === null, e.response === null, name);
    }
    assert.match(browserEndpointsModule(endpoints), /^export const endpoints = \{/m);
  });

  it('accepts what the zod contract accepts', () => {
    const samples: [keyof typeof endpoints, unknown][] = [
      ['listTasks', { data: TASKS, nextCursor: 'abc' }],
      ['listTasks', { data: [], nextCursor: null }],
      ['getTask', TASKS[0]],
      ['getMe', ME],
      ['listApplications', { data: APPLICATIONS, nextCursor: null }],
    ];
    for (const [name, value] of samples) {
      assert.equal(endpoints[name].response!.safeParse(value).success, true, `zod: ${name}`);
      assert.deepEqual(issuesOf(name, value), [], name);
    }
  });

  it('refuses a wrong type, a missing field, an unknown enum value and a null where none may be', () => {
    const task = TASKS[0]!;
    const { title: _title, ...untitled } = task;
    const cases: [unknown, string][] = [
      [{ ...task, id: '7' }, 'id'],
      [untitled, 'title'],
      [{ ...task, status: 'lost' }, 'status'],
      [{ ...task, organisation: null }, 'organisation'],
      [{ ...task, helpersWanted: 1.5 }, 'helpersWanted'],
    ];
    for (const [value, field] of cases) {
      assert.equal(endpoints.getTask.response.safeParse(value).success, false, `zod: ${field}`);
      const issues = issuesOf('getTask', value);
      assert.equal(issues.length, 1, field);
      assert.deepEqual(issues[0]!.path, [field]);
    }
    const page = checker(shapes.listTasks!, table).safeParse({
      data: [untitled],
      nextCursor: null,
    });
    assert.equal(page.success, false);
    assert.deepEqual(!page.success && page.error.issues[0]!.path, ['data', 0, 'title']);
  });

  it('tells a paged list by its shape, as the request core does', () => {
    const list = checker(shapes.listTasks!, table);
    assert.ok(list.shape && 'data' in list.shape && 'nextCursor' in list.shape);
    assert.equal(checker(shapes.getTask!, table).shape?.nextCursor, undefined);
  });
});
