import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'drizzle/',
			'data/',
			'data-demo/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Svelte 5 resolve() typing makes this rule noisy for internal links built from data.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				// No type information: it made lint four times slower (90 s of CPU in CI) for two rules
				// (svelte/no-unused-props, svelte/require-store-reactive-access); svelte-check does the
				// type checking.
				projectService: false,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// .svelte files must never reach into server code.
		files: ['src/**/*.svelte'],
		rules: {
			'no-restricted-imports': ['error', { patterns: ['$lib/server/*', '**/lib/server/**'] }]
		}
	}
);
