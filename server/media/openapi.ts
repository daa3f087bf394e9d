import { errorResponse, jsonContent } from '../crud/openapi.js';

type Json = Record<string, unknown>;

const file = { description: 'The bytes, as stored', content: { '*/*': { schema: { type: 'string', format: 'binary' } } } };
const fileParameters = [
  { name: 'sha256', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
  { name: 'name', in: 'path', required: true, description: 'Any name: the file is found by its hash', schema: { type: 'string' } },
  { name: 'Range', in: 'header', required: false, schema: { type: 'string' } },
];
const served = {
  200: file,
  206: { description: 'The bytes of the Range asked for' },
  304: { description: 'Not modified (If-None-Match)' },
  404: errorResponse('No such file'),
  416: errorResponse('A range outside the file'),
};

/** The OpenAPI paths of the media library's upload and file routes (server/media/routes.ts, serve.ts). */
export const mediaPaths: Json = {
  '/api/media': {
    post: {
      tags: ['media'],
      summary: 'Upload a file into the media library (typed by its bytes, stored once by its sha256)',
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: {
                file: { type: 'string', format: 'binary' },
                use: { type: 'string', enum: ['image', 'document'], description: 'What the file is for: its bytes must be one' },
                alt: { type: 'string', maxLength: 500, description: 'What an image shows' },
              },
            },
          },
        },
      },
      responses: {
        200: {
          description: 'The same bytes were in the library already: that record',
          ...jsonContent({ $ref: '#/components/schemas/Media' }),
        },
        201: { description: 'The new record', ...jsonContent({ $ref: '#/components/schemas/Media' }) },
        400: errorResponse('Not one file in a field named file'),
        403: errorResponse('Your roles do not allow uploading media'),
        413: errorResponse('Larger than the limit of its kind'),
        415: errorResponse('Not multipart/form-data, or bytes of a type the library does not take (SVG included)'),
        422: errorResponse('An image that cannot be decoded'),
      },
    },
  },
  '/media/{sha256}/{name}': {
    get: {
      tags: ['media'],
      summary: 'A media file: immutable, ranges supported',
      security: [],
      parameters: fileParameters,
      responses: served,
    },
  },
  '/media/{sha256}/{variant}/{name}': {
    get: {
      tags: ['media'],
      summary: "An image's variant (WebP)",
      security: [],
      parameters: [...fileParameters, { name: 'variant', in: 'path', required: true, schema: { type: 'string', enum: ['thumb', 'web'] } }],
      responses: served,
    },
  },
};
