import type { EntityManager } from 'typeorm';
import { Box } from '../../entities/Box.js';
import { Page } from '../../entities/Page.js';
import { PageDocument } from '../../entities/PageDocument.js';
import { PageImage } from '../../entities/PageImage.js';
import type { DemoPeople } from './people.js';

export interface DemoContent {
  pagesByPath: Map<string, Page>;
}

const RST_ABOUT = `About Python
============

Python is a programming language that lets you work quickly and integrate systems
more effectively. See the \`Beginner's Guide <https://wiki.python.org/moin/BeginnersGuide>\`_.

* Friendly and easy to learn
* Open source, managed by the **Python Software Foundation**
`;

const MD_PSF = `# The Python Software Foundation

The mission of the PSF is to *promote, protect, and advance* the Python programming language,
and to support and facilitate the growth of a diverse and international community.

- [Membership](/psf/membership/)
- [Grants](/psf/grants/)
`;

function releasePage(version: string): string {
  return `Python ${version}
${'='.repeat(7 + version.length)}

This is a maintenance release of Python ${version.split('.').slice(0, 2).join('.')}.

Major new features
------------------

* Improved error messages
* Faster start-up

Full changelog: https://docs.python.org/release/${version}/whatsnew/changelog.html
`;
}

export async function seedContent(em: EntityManager, people: DemoPeople): Promise<DemoContent> {
  const stamps = { creator_id: people.editor.id, last_modified_by_id: people.editor.id };
  const pages = await em.getRepository(Page).save([
    {
      title: 'About Python',
      path: 'about',
      content: RST_ABOUT,
      content_markup_type: 'rst',
      keywords: 'python, about',
      description: 'What Python is.',
      ...stamps,
    },
    { title: 'Python Software Foundation', path: 'psf', content: MD_PSF, content_markup_type: 'markdown', ...stamps },
    {
      title: 'PSF Membership',
      path: 'psf/membership',
      content: 'Become a **member** of the PSF: [sign up](/users/membership/).',
      content_markup_type: 'markdown',
      ...stamps,
    },
    {
      title: 'Getting Started',
      path: 'about/gettingstarted',
      content: 'Getting Started\n===============\n\nNew to Python? Start here.\n',
      content_markup_type: 'rst',
      ...stamps,
    },
    {
      title: 'Help',
      path: 'about/help',
      content: '<h1>Help</h1><p>Ask on <a href="https://discuss.python.org/">Discourse</a>.</p>',
      content_markup_type: 'html',
      ...stamps,
    },
    {
      title: 'Python Success Stories (draft)',
      path: 'success-stories/draft',
      content: 'Draft, not yet reviewed.',
      content_markup_type: 'markdown',
      is_published: false,
      ...stamps,
    },
    ...['3.14.0', '3.13.9', '3.12.12'].map((v) => ({
      title: `Python ${v}`,
      path: `downloads/release/python-${v.replace(/\./g, '')}`,
      content: releasePage(v),
      content_markup_type: 'rst',
      ...stamps,
    })),
  ]);
  const pagesByPath = new Map(pages.map((p) => [p.path, p]));
  const about = pagesByPath.get('about')!;
  await em.getRepository(PageImage).insert({ page_id: about.id, image: 'about/python-logo.png' });
  await em.getRepository(PageDocument).insert({ page_id: pagesByPath.get('psf')!.id, document: 'files/psf-bylaws.pdf' });
  await em.getRepository(Box).insert([
    { label: 'homepage-downloads', content: 'Download **Python 3.14.0** for your platform.', content_markup_type: 'markdown', ...stamps },
    { label: 'supernav-python-downloads', content: '<a href="/downloads/">All releases</a>', content_markup_type: 'html', ...stamps },
    { label: 'widget-sidebar-about', content: 'The PSF\n-------\n\nSupports the community.\n', content_markup_type: 'rst', ...stamps },
  ]);
  return { pagesByPath };
}
