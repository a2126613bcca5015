/**
 * HTTP door of profiles: list and read them, save and delete the custom ones (built-in ones are
 * read-only), and the profile editor's work on a sample file — upload it once, draft a profile
 * from it, and preview the first rows under any profile as the editor changes it.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessGroups } from '@tepat/domain';
import type { Db } from '../db/index.js';
import { requestLang } from './ingest.routes.js';
import {
  DraftSchema,
  PreviewSchema,
  ProfileListItemSchema,
  SampleSchema,
  StoredProfileSchema,
} from './ingest.wire.js';
import { draftFromSample, previewProfile } from './profile-preview.js';
import { deleteProfile, getProfile, listAllProfiles, saveProfile } from './profiles.service.js';
import { openSourceFile } from './read/index.js';
import { createSampleStore } from './sample-store.js';
import { receiveUpload, type UploadLimits } from './uploads.js';

const tags = ['Profil / Profiles'];
const NameParams = z.object({ name: z.string().min(1) });

export function profileRoutes(app: FastifyInstance, db: Db, limits: UploadLimits): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const samples = createSampleStore();
  app.addHook('onClose', () => samples.clear());

  r.get('/api/profiles', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: 'Built-in and saved profiles',
      response: { 200: z.object({ items: z.array(ProfileListItemSchema) }) },
    },
    handler: async () => ({ items: await listAllProfiles(db) }),
  });

  r.get('/api/profiles/:name', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: 'One profile',
      params: NameParams,
      response: { 200: StoredProfileSchema },
    },
    handler: async (req) => getProfile(db, req.params.name),
  });

  r.put('/api/profiles/:name', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: 'Save a custom profile (created or replaced); built-in names are refused',
      description:
        'The body is a SourceProfile (see the draft and profile answers); mistakes are named by JSON path.',
      params: NameParams,
      body: z.record(z.string(), z.unknown()),
      response: { 200: StoredProfileSchema, 201: StoredProfileSchema },
    },
    handler: async (req, reply) => {
      const { profile, created } = await saveProfile(
        db,
        req.params.name,
        req.body,
        req.user.username,
      );
      const stored = await getProfile(db, profile.name);
      await req.audit({ action: 'profile.change', targetType: 'profile', targetId: profile.name, detail: { change: created ? 'create' : 'replace' } }); // prettier-ignore
      return reply.status(created ? 201 : 200).send(stored);
    },
  });

  r.delete('/api/profiles/:name', {
    config: { access: accessGroups.dataSteward },
    schema: { tags, summary: 'Delete a custom profile', params: NameParams },
    handler: async (req, reply) => {
      await deleteProfile(db, req.params.name);
      await req.audit({ action: 'profile.change', targetType: 'profile', targetId: req.params.name, detail: { change: 'delete' } }); // prettier-ignore
      return reply.status(204).send();
    },
  });

  r.post('/api/samples', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary:
        'Upload a sample file (multipart, field `file`) for drafting and previewing profiles',
      description: 'Kept on the server for an hour; refer to it by `sampleId`.',
      consumes: ['multipart/form-data'],
      response: { 201: SampleSchema },
    },
    handler: async (req, reply) => {
      const upload = await receiveUpload(req, limits);
      let layout;
      try {
        const file = await openSourceFile(upload.path, { fileName: upload.fileName });
        await file.close();
        layout = {
          format: file.format,
          encoding: file.encoding,
          delimiter: file.delimiter,
          header: file.header,
        };
      } catch (e) {
        await upload.remove();
        throw e;
      }
      const sample = await samples.add(upload);
      return reply
        .status(201)
        .send({ sampleId: sample.id, fileName: sample.fileName, size: sample.size, ...layout });
    },
  });

  r.post('/api/profiles/draft', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: "Draft a profile from a sample's header and first rows (header synonyms, values)",
      body: z.object({
        sampleId: z.string(),
        name: z.string().min(1).describe('lower-case letters, digits, - and _'),
      }),
      response: { 200: DraftSchema },
    },
    handler: async (req) => {
      const sample = samples.get(req.body.sampleId);
      const draft = await draftFromSample(sample.path, sample.fileName, req.body.name);
      // Each guess's reason in the language of the request.
      const lang = requestLang(req);
      return { ...draft, columns: draft.columns.map((c) => ({ ...c, reason: c.reason[lang] })) };
    },
  });

  r.post('/api/profiles/preview', {
    config: { access: accessGroups.dataSteward },
    schema: {
      tags,
      summary: 'The first 20 rows of a sample as an import with this profile would read them',
      body: z.object({
        sampleId: z.string(),
        profile: z.record(z.string(), z.unknown()),
        region: z.string().optional(),
      }),
      querystring: z.object({ lang: z.enum(['id', 'en']).optional() }),
      response: { 200: PreviewSchema },
    },
    handler: async (req) => {
      const sample = samples.get(req.body.sampleId);
      return previewProfile(db, {
        path: sample.path,
        fileName: sample.fileName,
        profile: req.body.profile,
        region: req.body.region,
        lang: requestLang(req),
      });
    },
  });
}
