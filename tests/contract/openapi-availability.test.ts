import { describe, expect, it } from 'vitest';
import { decideOpenApiAvailability, isOpenApiRequired, loadOpenApiDocuments } from '../support/openapi-documents.ts';

/**
 * The contract tests cannot vanish in CI: .ci/run sets LIFTOFF_REQUIRE_OPENAPI=1, under which absent OpenAPI
 * documents fail the run; anywhere else they skip the checks, warning on the console.
 */
describe('whether the contract tests run, skip or fail', () => {
  const dir = '/nonexistent/hubspot-openapi';

  it.each([
    { present: true, required: false, action: 'check' },
    { present: true, required: true, action: 'check' },
    { present: false, required: false, action: 'skip' },
    { present: false, required: true, action: 'fail' },
  ])('documents present: $present, required: $required → $action', ({ present, required, action }) => {
    expect(decideOpenApiAvailability({ present, required, dir }).action).toBe(action);
  });

  it('fails with a message naming the folder, the variable and how to provide the documents', () => {
    expect(decideOpenApiAvailability({ present: false, required: true, dir })).toEqual({
      action: 'fail',
      error: expect.stringMatching(
        /absent at \/nonexistent\/hubspot-openapi.*LIFTOFF_REQUIRE_OPENAPI=1.*HUBSPOT_OPENAPI_DIR/,
      ),
    });
  });

  it('skips with a warning that says so and how to make it a failure', () => {
    expect(decideOpenApiAvailability({ present: false, required: false, dir })).toEqual({
      action: 'skip',
      warning: expect.stringMatching(/HubSpot contract checks SKIPPED.*LIFTOFF_REQUIRE_OPENAPI=1/),
    });
  });

  it('rejects loading an absent folder where the documents are required', async () => {
    await expect(loadOpenApiDocuments(dir, { required: true })).rejects.toThrow(/LIFTOFF_REQUIRE_OPENAPI=1/);
  });
});

describe('reading LIFTOFF_REQUIRE_OPENAPI', () => {
  it.each([
    { value: '1', required: true },
    { value: 'true', required: true },
    { value: 'TRUE', required: true },
    { value: undefined, required: false },
    { value: '', required: false },
    { value: '0', required: false },
    { value: 'false', required: false },
  ])('$value → required: $required', ({ value, required }) => {
    expect(isOpenApiRequired(value === undefined ? {} : { LIFTOFF_REQUIRE_OPENAPI: value })).toBe(required);
  });

  it('refuses a value it does not recognise rather than quietly not requiring the documents', () => {
    expect(() => isOpenApiRequired({ LIFTOFF_REQUIRE_OPENAPI: 'yes' })).toThrow(/neither 1\/true nor 0\/false/);
  });
});
