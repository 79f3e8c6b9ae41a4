// TypeDoc plugin: a type written `type X = z.infer<typeof X>` is documented as the object
// type it stands for, each field with its doc comment, instead of as `z.infer<typeof X>`.
// It tags such aliases with TypeDoc's own @useDeclaredType modifier as they are created,
// so TypeDoc converts the resolved type rather than the written one.
import { Comment, Converter, ReflectionKind, TypeScript as ts, UnknownType } from 'typedoc';

const ZOD_INFER = /^z\.(?:infer|output)<typeof \w+>$/;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    const declaration = context.getSymbolFromReflection(reflection)?.getDeclarations()?.find(ts.isTypeAliasDeclaration);
    if (!declaration || !ZOD_INFER.test(declaration.type.getText())) return;
    reflection.comment ??= new Comment();
    reflection.comment.modifierTags.add('@useDeclaredType');
  });
  shortenSchemas(app);
}

/**
 * A zod schema constant is documented with its role (`ZodType<Quantity>`), not with the
 * hundreds of lines of its zod type; its fields are documented on the type of the same name.
 * @param {import('typedoc').Application} app
 */
export function shortenSchemas(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
      const type = reflection.type;
      if (type?.type !== 'reference' || type.package !== 'zod') continue;
      const hasType = context.project.getReflectionsByKind(ReflectionKind.TypeAlias | ReflectionKind.Interface).some((r) => r.name === reflection.name);
      reflection.type = new UnknownType(`z.ZodType<${hasType ? reflection.name : 'unknown'}>`);
    }
  });
}
