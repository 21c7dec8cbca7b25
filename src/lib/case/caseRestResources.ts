import type { CasePackage } from './casePackageSchema';
import { caseJson } from './exportCase';

/** One JSON document of the CASE 1.0 REST binding, its path below /ims/case/v1p0/. */
export interface CaseRestResource {
  /** e.g. `CFItems/3f2b8c1e-5d4a-5b6c-9e7f-0a1b2c3d4e5f`. */
  path: string;
  json: string;
}

/** The base path of the CASE 1.0 REST binding. */
export const CASE_REST_BASE = '/ims/case/v1p0/';

/**
 * The package as the read-only resources of the CASE 1.0 REST binding, written the way the CLI
 * writes the package: `CFPackages/{id}` (the package, byte for byte what case:export writes),
 * `CFDocuments` (the list; a static file, so no `CFDocuments/{id}` beside it), and one `CFItems/{id}`,
 * `CFAssociations/{id}` and `CFRubrics/{id}` (with its criteria and levels) per item, association and rubric.
 */
export function caseRestResources(pkg: CasePackage): CaseRestResource[] {
  const { CFPackageURI: _package, ...document } = pkg.CFDocument;
  const documentLink = { title: document.title, identifier: document.identifier, uri: document.uri };
  return [
    { path: `CFPackages/${document.identifier}`, json: caseJson(pkg) },
    {
      path: 'CFDocuments',
      json: caseJson({ CFDocuments: [{ ...document, CFPackageURI: pkg.CFDocument.CFPackageURI }] }),
    },
    ...(pkg.CFItems ?? []).map((item) => ({
      path: `CFItems/${item.identifier}`,
      json: caseJson({ ...item, CFDocumentURI: item.CFDocumentURI ?? documentLink }),
    })),
    ...(pkg.CFAssociations ?? []).map((association) => ({
      path: `CFAssociations/${association.identifier}`,
      json: caseJson(association),
    })),
    ...(pkg.CFRubrics ?? []).map((rubric) => ({ path: `CFRubrics/${rubric.identifier}`, json: caseJson(rubric) })),
  ];
}
