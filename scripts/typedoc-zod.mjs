// TypeDoc plugin for zod-inferred types (`type X = z.infer<typeof X>`):
// 1. such an alias is documented as the object type it stands for, each field with its doc
//    comment, instead of as `z.infer<typeof X>` (it is tagged with TypeDoc's own
//    @useDeclaredType modifier as it is created);
// 2. a parameter, return type or property written as `X` links to that alias instead of
//    repeating its whole structure (TypeScript resolves the alias away, so TypeDoc would
//    otherwise inline it): the written type is converted again once the alias names are known;
// 3. a field of such an alias whose schema is another exported schema (`Quantity`,
//    `z.array(Quantity)`, `TimeExpression.nullable()`) links to that type instead of `object`;
// 4. a zod schema constant is shown as `z.ZodType<X>` rather than hundreds of lines of zod types.
import { ArrayType, Comment, Converter, LiteralType, ReferenceType, ReflectionKind, TypeScript as ts, UnionType, UnknownType } from 'typedoc';

const ZOD_INFER = /^z\.(?:infer|output)<typeof \w+>$/;

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** names of the zod-inferred aliases */
  const inferred = new Set();
  /** reflections whose type was written with a type node: [reflection, node] */
  const written = [];

  app.converter.on(Converter.EVENT_BEGIN, () => {
    inferred.clear();
    written.length = 0;
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const declarations = context.getSymbolFromReflection(reflection)?.getDeclarations() ?? [];
    if (reflection.kindOf(ReflectionKind.TypeAlias)) {
      const alias = declarations.find(ts.isTypeAliasDeclaration);
      if (alias && ZOD_INFER.test(alias.type.getText())) {
        inferred.add(reflection.name);
        reflection.comment ??= new Comment();
        reflection.comment.modifierTags.add('@useDeclaredType');
      }
      return;
    }
    if (reflection.kindOf(ReflectionKind.Property)) {
      const node = declarations.find((d) => (ts.isPropertySignature(d) || ts.isPropertyDeclaration(d)) && d.type)?.type;
      if (node) written.push([reflection, node, context]);
    }
  });
  app.converter.on(Converter.EVENT_CREATE_PARAMETER, (context, reflection) => {
    const node = context.getSymbolFromReflection(reflection)?.valueDeclaration;
    if (node && ts.isParameter(node) && node.type) written.push([reflection, node.type, context]);
  });
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, reflection, node) => {
    if (node && 'type' in node && node.type) written.push([reflection, node.type, context]);
  });

  app.converter.on(Converter.EVENT_END, (context) => {
    if (inferred.size) {
      const names = new RegExp(`\\b(?:${[...inferred].join('|')})\\b`);
      for (const [reflection, node, created] of written) {
        if (!names.test(node.getText())) continue;
        try {
          reflection.type = context.converter.convertType(created, node);
        } catch {
          // keep TypeDoc's own conversion
        }
      }
    }
    written.length = 0;
  });

  /** Fields written `Name`, `z.array(Name)`, `Name.nullable()` or `Name.optional()` in a z.object literal link to the type Name. */
  function linkSchemaFields(context) {
    const project = context.project;
    const target = (name) => project.getReflectionsByKind(ReflectionKind.TypeAlias | ReflectionKind.Interface).find((r) => r.name === name);
    for (const alias of project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
      if (!inferred.has(alias.name)) continue;
      // the declared object type's fields: on its type literal, or (TypeDoc 0.28) on the alias itself
      const fields = (alias.type?.type === 'reflection' ? alias.type.declaration.children : alias.children) ?? [];
      for (const field of fields) {
        const assignment = context.getSymbolFromReflection(field)?.getDeclarations()?.find(ts.isPropertyAssignment);
        const m = assignment && /^(?:z\.array\((\w+)\)|(\w+)(\.nullable\(\)|\.optional\(\))?)$/.exec(assignment.initializer.getText());
        if (!m) continue;
        const name = m[1] ?? m[2];
        const ref = target(name);
        if (!ref || name === alias.name) continue;
        const reference = ReferenceType.createResolvedReference(name, ref, project);
        field.type = m[1] ? new ArrayType(reference) : m[3] === '.nullable()' ? new UnionType([reference, new LiteralType(null)]) : reference;
      }
    }
  }

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => linkSchemaFields(context));
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
      const type = reflection.type;
      if (type?.type !== 'reference' || type.package !== 'zod') continue;
      const hasType = context.project.getReflectionsByKind(ReflectionKind.TypeAlias | ReflectionKind.Interface).some((r) => r.name === reflection.name);
      reflection.type = new UnknownType(`z.ZodType<${hasType ? reflection.name : 'unknown'}>`);
    }
  });
}
