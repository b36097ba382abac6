/**
 * The card contract: the shapes the UI extensions and the service exchange. Its one source is the dependency-free
 * package inside the HubSpot project (`hubspot-project/src/app/packages/contract`), because HubSpot builds each UI
 * component from the project folder alone; the service reads the same files through this entry point, so the two
 * sides cannot drift.
 */
export * from '../../../hubspot-project/src/app/packages/contract/index.ts';
