import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: [".next/**", "node_modules/**", "prisma/generated/**", "data/**", "next-env.d.ts", ".scratch/**", "test-results/**"] },
  {
    // The domain library stays framework-free: no Next.js, React or database imports.
    files: ["questions/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["next", "next/*", "react", "react-dom", "@prisma/*", "**/prisma/**", "@/app/*", "@/prisma/*"], message: "questions/ is framework-free." }] },
      ],
    },
  },
];

export default config;
