import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/** Loads a form's zod schema, e.g. `() => import("@/lib/units/schema").then((m) => m.UnitCreateInput)`. */
export type SchemaLoader<S extends z.ZodType = z.ZodType> = () => Promise<S>;

/**
 * react-hook-form's zod resolver, with zod and the schema module fetched on the first validation
 * (a submit) instead of with the page: zod is most of a form page's JavaScript, and a page is read
 * far more often than a form on it is sent. The first validation waits for the chunk; later ones
 * reuse it. A failed load (offline) is retried on the next submit.
 */
export function lazyResolver<In extends FieldValues, Out>(
  schema: SchemaLoader | z.ZodType,
): Resolver<In, unknown, Out> {
  // A schema passed as such still works (its module is then in the page's bundle: the weight bench shows it).
  const load = typeof schema === "function" ? schema : async () => schema;
  let ready: Promise<Resolver<In, unknown, Out>> | null = null;
  return async (values, context, options) => {
    ready ??= Promise.all([import("@hookform/resolvers/zod"), load()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Resolver<In, unknown, Out>,
    );
    try {
      return await (
        await ready
      )(values, context, options);
    } catch (err) {
      ready = null;
      throw err;
    }
  };
}
