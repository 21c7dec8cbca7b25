import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../../data/curriculum';
import { caseRestResources } from '../../../../lib/case/caseRestResources';
import { exportCase } from '../../../../lib/case/exportCase';

// The framework at the CASE 1.0 REST paths (CFPackages/{id}, CFDocuments, CFItems/{id},
// CFAssociations/{id}, CFRubrics/{id}) as static JSON, so a CASE consumer can read it without the CLI. Nothing is
// published while content/framework.yaml has no case: block (the export needs its identifier).
export const getStaticPaths: GetStaticPaths = async () => {
  const { curriculum } = await getCatalog();
  if (!curriculum.framework.case) return [];
  return caseRestResources(exportCase(curriculum)).map(({ path, json }) => ({
    params: { resource: path },
    props: { json },
  }));
};

/** One CASE resource, exactly as caseRestResources writes it. */
export const GET: APIRoute = ({ props }) =>
  new Response(props.json as string, { headers: { 'Content-Type': 'application/json' } });
