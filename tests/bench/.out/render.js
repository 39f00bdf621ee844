import { renderToString } from "react-dom/server";
import { ArticleJsonLd, ArticleLayout, ArticleSection, Callout, Cite, KeyPoints, MedicalDisclaimer, ReadingProgress, References, StatHighlight, TableOfContents, buildToc } from "wellread";
import { ReadingTime } from "wellread/reading-time";
import { RelatedArticles } from "wellread/related-articles";
import { ShareBar } from "wellread/share-bar";
import { TipChecklist } from "wellread/tip-checklist";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
// tests/fixtures/seedArticle.ts
var seedTitle = "Gut-Immune Link: Recover Stronger, Feel Better Sooner";
var seedDescription = "How your gut microbiome shapes immune recovery after illness or stress, and seven practical steps to support it.";
var seedDates = {
	published: "2026-09-14",
	modified: "2026-11-02",
	reviewed: "2026-11-02",
	/** When the medical reviewers plan to look at it again. */
	nextReview: "2027-11-02"
};
var seedAuthor = {
	name: "Maya Lindqvist",
	href: "https://example.com/authors/maya-lindqvist",
	credentials: "Health writer"
};
var seedReviewer = {
	name: "Dr. Samuel Okafor",
	href: "https://example.com/reviewers/samuel-okafor",
	credentials: "MD, gastroenterologist"
};
var seedPublisher = {
	name: "Wellread Health",
	url: "https://example.com"
};
/** The two paragraphs before the first heading. */
var seedIntro = ["You know that feeling, right? The one where you’re finally over a cold, a flu, or even just a period of intense stress, but you still feel… off. Your energy isn't quite back, your brain feels foggy, or maybe you just can't shake that lingering sense of being run down. We all want to bounce back quickly, to feel vibrant and ready to take on the world again. But what if one of the biggest secrets to a speedy and complete immune recovery isn't just about resting and taking your vitamins, but lies much deeper, right within your own gut?", "Let’s talk about the incredible, often-underestimated connection between your gut health and how effectively your immune system recovers from a challenge. It’s a relationship that’s far more intricate and powerful than most of us realize, and understanding it can truly transform how you approach your well-being."];
/** The sentence StatHighlight lifts the figure from; it also stays in its paragraph. */
var seedStat = {
	value: "70–80%",
	label: "of your immune system cells reside in your gut.",
	sentence: "A staggering 70-80% of your immune system cells actually reside in your gut."
};
var seedSections = {
	hero: {
		id: "gut-unsung-hero",
		heading: "Your Gut: The Unsung Hero of Your Immune System",
		paragraphs: [
			"When we talk about \"gut health,\" it’s easy to just think about digestion – you eat food, your body processes it, done. But your gut, specifically your large intestine, is a bustling metropolis of trillions of microorganisms, collectively known as your gut microbiome. These aren't just passive residents; they're active participants in almost every aspect of your health, especially your immune system.",
			"Think of your gut as the command center for your body's defenses. A staggering 70-80% of your immune system cells actually reside in your gut. This isn't a coincidence. Your gut lining is a major interface with the outside world (hello, food!), making it a critical checkpoint for distinguishing friend from foe.",
			"The \"good\" bacteria in your gut are like highly trained diplomats and soldiers. They communicate constantly with your immune cells, teaching them, calming them down when they're overreacting, and revving them up when a real threat emerges. They also help maintain the integrity of your gut lining, which acts as a crucial barrier, preventing unwanted substances from leaking into your bloodstream and triggering widespread inflammation."
		]
	},
	suffers: {
		id: "when-your-gut-isnt-happy",
		heading: "When Your Gut Isn't Happy, Your Immune Recovery Suffers",
		intro: "Imagine that bustling gut metropolis falling into disarray. If the \"bad\" bacteria start to outnumber the \"good\" ones – a state called dysbiosis – it creates a ripple effect throughout your body, directly impacting your ability to recover.",
		points: [
			{
				lead: "Chronic Low-Grade Inflammation:",
				text: "An imbalanced gut often leads to a phenomenon sometimes called \"leaky gut\" (increased intestinal permeability). When your gut barrier becomes compromised, tiny particles of undigested food, toxins, and bacteria can \"leak\" into your bloodstream. Your immune system, always on alert, sees these as invaders and mounts a constant, low-grade inflammatory response. This isn't the acute, helpful inflammation you get when you sprain an ankle; this is a chronic, draining inflammation that can exhaust your immune system, making it less effective at fighting off actual threats and significantly slowing your recovery from illness or stress. It's like your immune system is always fighting a small fire, so it's depleted when a big one breaks out."
			},
			{
				lead: "Poor Nutrient Absorption:",
				text: "Even if you're eating a healthy diet, an unhappy gut might not be absorbing all the vital nutrients your body needs to heal and rebuild. Vitamins like C and D, zinc, and B vitamins are crucial for immune function, and if your gut isn't extracting them efficiently, your recovery will naturally be sluggish."
			},
			{
				lead: "Limited Production of Immune-Boosting Compounds:",
				text: "Your beneficial gut bacteria produce amazing compounds like short-chain fatty acids (SCFAs), especially butyrate. These SCFAs literally fuel your immune cells, support the gut barrier, and have powerful anti-inflammatory effects. When your good bacteria are scarce, so are these vital compounds, leaving your immune system without its best allies."
			}
		],
		outro: "So, if you're struggling to shake off that post-illness fatigue or feel like your immune system just isn't \"bouncing back\" like it used to, a look at your gut health is definitely in order."
	},
	thriving: {
		id: "thriving-gut",
		heading: "How a Thriving Gut Can Supercharge Your Immune Recovery",
		intro: "The good news? Just as an imbalanced gut can hinder recovery, a balanced, thriving gut can become your greatest asset in getting back to your best self, faster.",
		points: [
			{
				lead: "A Stronger, Smarter Immune Response:",
				text: "With a healthy balance of good bacteria, your immune system is better educated and more sophisticated. It knows when to react forcefully to a real threat and when to stand down, preventing unnecessary inflammation. This means when you do get sick, your immune system can mount an effective, targeted response, and then gracefully return to a calm state, conserving energy for healing."
			},
			{
				lead: "Reduced Inflammation, Faster Healing:",
				text: "A robust gut barrier and a diverse microbiome mean less \"leakage\" and less chronic inflammation. This allows your body to dedicate its resources to actual recovery and repair, rather than constantly fighting phantom battles."
			},
			{
				lead: "Optimal Nutrient Uptake:",
				text: "A healthy gut is efficient. It extracts the maximum amount of vitamins, minerals, and other vital compounds from your food, ensuring your immune system has all the building blocks it needs to repair, regenerate, and regain strength."
			},
			{
				lead: "Enhanced Resilience:",
				text: "A well-supported gut doesn't just help you recover from illness; it builds your overall resilience, making you better equipped to handle everyday stressors – be they physical, emotional, or environmental – without completely derailing your well-being."
			}
		]
	},
	steps: {
		id: "practical-steps",
		heading: "Practical Steps to Nurture Your Gut and Boost Your Recovery",
		intro: "Ready to give your gut the love it deserves and watch your immune recovery soar? Here are some simple, actionable steps you can integrate into your daily life:",
		outro: "Remember, supporting your gut health is a journey, not a quick fix. There's no magic bullet, and what works perfectly for one person might need tweaking for another. Listen to your body, observe how you feel, and make adjustments as you go."
	}
};
/** The closing paragraph, after the steps. */
var seedClosing = "The next time you're feeling under the weather or just trying to get your mojo back after a period of being run down, take a moment to consider your gut. It's a powerful ally in your quest for optimal health and swift immune recovery. By nurturing your gut, you're not just improving digestion; you're strengthening your entire immune system, reducing inflammation, and building a foundation for lasting vitality. You have the power to support your body's incredible ability to heal – and it starts from within.";
/** Sources, as a medical reviewer would cite them (`References` items). */
var seedReferences = [
	{
		id: "vighi-2008",
		authors: "Vighi G, Marcucci F, Sensi L, Di Cara G, Frati F.",
		title: "Allergy and the gastrointestinal system.",
		journal: "Clinical & Experimental Immunology",
		year: 2008,
		doi: "10.1111/j.1365-2249.2008.03713.x"
	},
	{
		id: "belkaid-2014",
		authors: "Belkaid Y, Hand TW.",
		title: "Role of the microbiota in immunity and inflammation.",
		journal: "Cell",
		year: 2014,
		doi: "10.1016/j.cell.2014.03.011"
	},
	{
		id: "wiertsema-2021",
		authors: "Wiertsema SP, van Bergenhenegouwen J, Garssen J, Knippels LMJ.",
		title: "The interplay between the gut microbiome and the immune system in the context of infectious diseases throughout life and the role of nutrition in optimizing treatment strategies.",
		journal: "Nutrients",
		year: 2021,
		doi: "10.3390/nu13030886"
	},
	{
		id: "makki-2018",
		authors: "Makki K, Deehan EC, Walter J, Bäckhed F.",
		title: "The impact of dietary fiber on gut microbiota in host health and disease.",
		journal: "Cell Host & Microbe",
		year: 2018,
		doi: "10.1016/j.chom.2018.05.012"
	},
	{
		id: "wastyk-2021",
		authors: "Wastyk HC, Fragiadakis GK, Perelman D, et al.",
		title: "Gut-microbiota-targeted diets modulate human immune status.",
		journal: "Cell",
		year: 2021,
		doi: "10.1016/j.cell.2021.06.019"
	}
];
/** Other reads on the same site (`RelatedArticles` items; relative links: the site's own pages). */
var seedRelated = [
	{
		title: "Fermented Foods for Beginners: Where to Start",
		href: "/articles/fermented-foods-for-beginners",
		excerpt: "Yogurt, kefir, kimchi and more: how to add them to your week without upsetting your stomach.",
		readingTimeMinutes: 5
	},
	{
		title: "Why Sleep Is Your Immune System’s Night Shift",
		href: "/articles/sleep-and-immunity",
		excerpt: "What happens to your defences while you sleep, and how to get the hours you need.",
		readingTimeMinutes: 6
	},
	{
		title: "A Practical Guide to Eating More Fiber",
		href: "/articles/fiber-guide",
		excerpt: "Simple swaps that take you from the average intake to the recommended one.",
		readingTimeMinutes: 4
	}
];
/** The caution a medical reviewer added (not in the text file). */
var seedCaution = {
	title: "Talk to a professional first",
	text: "If you have a digestive condition, a weakened immune system or take regular medication, ask your doctor or pharmacist before changing your diet or starting supplements."
};
var seedDisclaimer = "This article is for general information and is not a substitute for professional medical advice, diagnosis or treatment.";
// tests/fixtures/seedSteps.ts
var seedSteps = [
	{
		id: "fiber",
		title: "Embrace Fiber: Your Gut Bugs' Favorite Food.",
		description: "Fiber, especially soluble fiber, acts as a prebiotic – food for your beneficial gut bacteria.",
		points: [{
			label: "Focus on:",
			text: "A wide variety of fruits, vegetables, whole grains (oats, quinoa, brown rice), legumes (beans, lentils), nuts, and seeds. Aim for a rainbow of colors on your plate to get diverse fibers."
		}]
	},
	{
		id: "probiotics",
		title: "Invite More Probiotics: Friendly Bacteria to the Rescue.",
		description: "These are live beneficial bacteria that can help replenish and diversify your gut microbiome.",
		points: [{
			label: "Consider:",
			text: "Fermented foods like yogurt (look for \"live and active cultures\"), kefir, sauerkraut, kimchi, tempeh, and kombucha. Start small and gradually increase your intake."
		}],
		note: {
			tone: "caution",
			text: "If you're recovering from illness or have taken antibiotics, a high-quality probiotic supplement might be beneficial, but always discuss this with a healthcare professional."
		}
	},
	{
		id: "hydrate",
		title: "Hydrate, Hydrate, Hydrate!",
		description: "Water is essential for everything, including maintaining a healthy gut lining and ensuring smooth digestion. It helps keep things moving and supports the overall environment for your gut microbes."
	},
	{
		id: "limit-disruptors",
		title: "Limit Gut-Disrupting Foods.",
		points: [{
			label: "Reduce:",
			text: "Highly processed foods, excessive sugar, artificial sweeteners, and unhealthy fats (trans fats, too much omega-6). These can feed undesirable bacteria and contribute to inflammation."
		}, { text: "A treat now and then is fine, but make them the exception, not the rule." }]
	},
	{
		id: "stress",
		title: "Manage Stress Like a Pro.",
		description: "Your gut and brain are intimately connected via the \"gut-brain axis.\" High stress levels can negatively impact your gut microbiome and gut barrier function.",
		points: [{
			label: "Practice:",
			text: "Mindfulness, meditation, deep breathing exercises, spending time in nature, gentle yoga, or anything that helps you unwind and relax."
		}]
	},
	{
		id: "sleep",
		title: "Prioritize Quality Sleep.",
		description: "Lack of sleep is a huge stressor for your body, impacting both your gut and immune system directly. Aim for 7-9 hours of quality sleep per night.",
		points: [{ text: "Creating a consistent sleep schedule and a relaxing bedtime routine can make a world of difference." }]
	},
	{
		id: "move",
		title: "Move Your Body (Gently).",
		description: "Regular, moderate exercise can positively influence gut microbial diversity and immune function. You don't need to run a marathon; a daily walk, some stretching, or a bike ride can be incredibly beneficial."
	}
];
// tests/fixtures/SeedArticle.tsx
var { hero, suffers, thriving, steps } = seedSections;
/** The table of contents: the sections' own ids, so links and headings agree. */
var seedToc = buildToc([
	hero,
	suffers,
	thriving,
	steps
].map(({ id, heading }) => ({
	id,
	title: heading
})));
/** A citation marker for one of `seedReferences`. */
function Ref({ id }) {
	return /* @__PURE__ */ jsx(Cite, {
		id,
		references: seedReferences
	});
}
/** The key points of a section, with a citation after the points that have one. */
function points(items, cites = {}) {
	return items.map((point) => ({
		lead: point.lead,
		text: /* @__PURE__ */ jsxs(Fragment, { children: [point.text, cites[point.lead]] })
	}));
}
function SeedArticle({ url, linkComponent }) {
	return /* @__PURE__ */ jsxs(ArticleLayout, {
		title: seedTitle,
		authors: seedAuthor,
		reviewers: seedReviewer,
		published: seedDates.published,
		updated: seedDates.modified,
		meta: /* @__PURE__ */ jsx(ReadingTime, { minutes: 7 }),
		progress: /* @__PURE__ */ jsx(ReadingProgress, {}),
		shareTop: /* @__PURE__ */ jsx(ShareBar, {
			url,
			title: seedTitle,
			networks: [
				"x",
				"linkedin",
				"copy"
			]
		}),
		toc: /* @__PURE__ */ jsx(TableOfContents, { items: seedToc }),
		lastReviewed: seedDates.reviewed,
		nextReview: seedDates.nextReview,
		disclaimer: /* @__PURE__ */ jsx(MedicalDisclaimer, { children: seedDisclaimer }),
		references: /* @__PURE__ */ jsx(References, { references: seedReferences }),
		related: /* @__PURE__ */ jsx(RelatedArticles, {
			articles: seedRelated,
			variant: "list",
			linkComponent
		}),
		url,
		children: [
			seedIntro.map((text) => /* @__PURE__ */ jsx("p", { children: text }, text)),
			/* @__PURE__ */ jsxs(ArticleSection, {
				id: hero.id,
				title: hero.heading,
				children: [
					/* @__PURE__ */ jsx("p", { children: hero.paragraphs[0] }),
					/* @__PURE__ */ jsxs("p", { children: [hero.paragraphs[1], /* @__PURE__ */ jsx(Ref, { id: "vighi-2008" })] }),
					/* @__PURE__ */ jsx(StatHighlight, {
						value: seedStat.value,
						caption: seedStat.label,
						source: "Vighi et al., Clinical & Experimental Immunology, 2008",
						sourceUrl: "https://doi.org/10.1111/j.1365-2249.2008.03713.x"
					}),
					/* @__PURE__ */ jsxs("p", { children: [hero.paragraphs[2], /* @__PURE__ */ jsx(Ref, { id: "belkaid-2014" })] })
				]
			}),
			/* @__PURE__ */ jsxs(ArticleSection, {
				id: suffers.id,
				title: suffers.heading,
				children: [
					/* @__PURE__ */ jsx("p", { children: suffers.intro }),
					/* @__PURE__ */ jsx(KeyPoints, {
						label: "How an unhappy gut slows recovery",
						items: points(suffers.points, { "Limited Production of Immune-Boosting Compounds:": /* @__PURE__ */ jsx(Ref, { id: "makki-2018" }) })
					}),
					/* @__PURE__ */ jsx("p", { children: suffers.outro })
				]
			}),
			/* @__PURE__ */ jsxs(ArticleSection, {
				id: thriving.id,
				title: thriving.heading,
				children: [/* @__PURE__ */ jsxs("p", { children: [thriving.intro, /* @__PURE__ */ jsx(Ref, { id: "wiertsema-2021" })] }), /* @__PURE__ */ jsx(KeyPoints, {
					label: "How a thriving gut helps recovery",
					items: points(thriving.points, { "Reduced Inflammation, Faster Healing:": /* @__PURE__ */ jsx(Ref, { id: "wastyk-2021" }) })
				})]
			}),
			/* @__PURE__ */ jsxs(ArticleSection, {
				id: steps.id,
				title: steps.heading,
				children: [
					/* @__PURE__ */ jsx("p", { children: steps.intro }),
					/* @__PURE__ */ jsx(TipChecklist, {
						id: "gut-recovery-steps",
						items: seedSteps,
						headingLevel: 3,
						heading: "Your gut recovery checklist"
					}),
					/* @__PURE__ */ jsx(Callout, {
						tone: "caution",
						title: seedCaution.title,
						children: /* @__PURE__ */ jsx("p", { children: seedCaution.text })
					}),
					/* @__PURE__ */ jsx("p", { children: steps.outro })
				]
			}),
			/* @__PURE__ */ jsx("p", { children: seedClosing }),
			/* @__PURE__ */ jsx(ArticleJsonLd, {
				title: seedTitle,
				description: seedDescription,
				url,
				authors: seedAuthor,
				reviewers: seedReviewer,
				published: seedDates.published,
				updated: seedDates.modified,
				lastReviewed: seedDates.reviewed,
				publisher: seedPublisher,
				locale: "en"
			})
		]
	});
}
// tests/bench/BareArticle.tsx
var url$1 = (page) => encodeURIComponent(page);
var longDate = new Intl.DateTimeFormat("en", {
	dateStyle: "long",
	timeZone: "UTC"
});
var day = (iso) => longDate.format(new Date(iso));
var sections = [
	seedSections.hero,
	seedSections.suffers,
	seedSections.thriving,
	seedSections.steps
];
function Anchor({ id, title }) {
	return /* @__PURE__ */ jsxs("a", {
		href: `#${id}`,
		children: [/* @__PURE__ */ jsx("span", {
			"aria-hidden": "true",
			children: "#"
		}), /* @__PURE__ */ jsxs("span", {
			className: "sr-only",
			children: ["Link to section: ", title]
		})]
	});
}
function Cite$1({ id }) {
	const n = seedReferences.findIndex((ref) => ref.id === id) + 1;
	return /* @__PURE__ */ jsx("sup", { children: /* @__PURE__ */ jsxs("a", {
		href: `#ref-${id}`,
		id: `cite-${id}-1`,
		children: [
			"[",
			n,
			"]"
		]
	}) });
}
function Points({ label, points, cite }) {
	return /* @__PURE__ */ jsx("ul", {
		"aria-label": label,
		children: points.map((point) => /* @__PURE__ */ jsxs("li", { children: [
			/* @__PURE__ */ jsx("strong", { children: point.lead }),
			" ",
			point.text,
			point.lead === cite[0] && /* @__PURE__ */ jsx(Cite$1, { id: cite[1] })
		] }, point.lead))
	});
}
function BareArticle({ url: page }) {
	const jsonLd = {
		"@context": "https://schema.org",
		"@type": "MedicalWebPage",
		headline: seedTitle,
		description: seedDescription,
		url: page,
		datePublished: seedDates.published,
		dateModified: seedDates.modified,
		lastReviewed: seedDates.reviewed,
		inLanguage: "en",
		author: [{
			"@type": "Person",
			name: seedAuthor.name,
			url: seedAuthor.href
		}],
		reviewedBy: [{
			"@type": "Person",
			name: seedReviewer.name,
			url: seedReviewer.href
		}],
		publisher: {
			"@type": "Organization",
			name: seedPublisher.name,
			url: seedPublisher.url
		}
	};
	return /* @__PURE__ */ jsxs("article", {
		"aria-labelledby": "title",
		children: [
			/* @__PURE__ */ jsx("div", {
				"aria-hidden": "true",
				children: /* @__PURE__ */ jsx("div", {})
			}),
			/* @__PURE__ */ jsxs("header", { children: [
				/* @__PURE__ */ jsx("h1", {
					id: "title",
					children: seedTitle
				}),
				/* @__PURE__ */ jsxs("p", { children: [
					"By",
					" ",
					/* @__PURE__ */ jsx("a", {
						href: seedAuthor.href,
						rel: "author",
						children: seedAuthor.name
					}),
					", ",
					seedAuthor.credentials
				] }),
				/* @__PURE__ */ jsxs("p", { children: [
					"Medically reviewed by ",
					/* @__PURE__ */ jsx("a", {
						href: seedReviewer.href,
						children: seedReviewer.name
					}),
					", ",
					seedReviewer.credentials
				] }),
				/* @__PURE__ */ jsxs("p", { children: [
					"Published ",
					/* @__PURE__ */ jsx("time", {
						dateTime: seedDates.published,
						children: day(seedDates.published)
					}),
					/* @__PURE__ */ jsx("span", {
						"aria-hidden": "true",
						children: " · "
					}),
					"Updated ",
					/* @__PURE__ */ jsx("time", {
						dateTime: seedDates.modified,
						children: day(seedDates.modified)
					}),
					/* @__PURE__ */ jsx("span", {
						"aria-hidden": "true",
						children: " · "
					}),
					/* @__PURE__ */ jsxs("time", {
						dateTime: `PT7M`,
						children: [7, " min read"]
					})
				] })
			] }),
			/* @__PURE__ */ jsxs("div", { children: [/* @__PURE__ */ jsx("span", { children: "Share:" }), /* @__PURE__ */ jsxs("ul", {
				role: "list",
				children: [
					/* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsxs("a", {
						href: `https://x.com/intent/tweet?text=${url$1(seedTitle)}&url=${url$1(page)}`,
						target: "_blank",
						rel: "noopener noreferrer",
						"aria-label": "Share on X (opens in a new tab)",
						children: [/* @__PURE__ */ jsx("svg", {
							viewBox: "0 0 24 24",
							"aria-hidden": "true",
							focusable: "false",
							children: /* @__PURE__ */ jsx("path", { d: "M4 4h4l12 16h-4zM20 4l-6.5 7.5m-3 3L4 20" })
						}), /* @__PURE__ */ jsx("span", { children: "X" })]
					}) }),
					/* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsxs("a", {
						href: `https://www.linkedin.com/sharing/share-offsite/?url=${url$1(page)}`,
						target: "_blank",
						rel: "noopener noreferrer",
						"aria-label": "Share on LinkedIn (opens in a new tab)",
						children: [/* @__PURE__ */ jsx("svg", {
							viewBox: "0 0 24 24",
							"aria-hidden": "true",
							focusable: "false",
							children: /* @__PURE__ */ jsx("path", { d: "M6 10v9m0-13v.1M10 19v-9m0 4c0-2 2-4 4-4s4 1 4 4v5" })
						}), /* @__PURE__ */ jsx("span", { children: "LinkedIn" })]
					}) }),
					/* @__PURE__ */ jsxs("li", { children: [/* @__PURE__ */ jsxs("button", {
						type: "button",
						"aria-label": "Copy link",
						children: [/* @__PURE__ */ jsx("svg", {
							viewBox: "0 0 24 24",
							"aria-hidden": "true",
							focusable: "false",
							children: /* @__PURE__ */ jsx("path", { d: "M10 7H7a5 5 0 0 0 0 10h3m4-10h3a5 5 0 0 1 0 10h-3m-6-5h8" })
						}), /* @__PURE__ */ jsx("span", { children: "Copy link" })]
					}), /* @__PURE__ */ jsx("span", { role: "status" })] })
				]
			})] }),
			/* @__PURE__ */ jsxs("nav", {
				"aria-labelledby": "toc-title",
				children: [/* @__PURE__ */ jsx("h2", {
					id: "toc-title",
					children: "On this page"
				}), /* @__PURE__ */ jsx("ol", { children: sections.map((section) => /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsx("a", {
					href: `#${section.id}`,
					children: section.heading
				}) }, section.id)) })]
			}),
			seedIntro.map((text) => /* @__PURE__ */ jsx("p", { children: text }, text)),
			/* @__PURE__ */ jsxs("section", { children: [
				/* @__PURE__ */ jsx("h2", {
					id: seedSections.hero.id,
					children: seedSections.hero.heading
				}),
				/* @__PURE__ */ jsx(Anchor, {
					id: seedSections.hero.id,
					title: seedSections.hero.heading
				}),
				/* @__PURE__ */ jsx("p", { children: seedSections.hero.paragraphs[0] }),
				/* @__PURE__ */ jsxs("p", { children: [seedSections.hero.paragraphs[1], /* @__PURE__ */ jsx(Cite$1, { id: "vighi-2008" })] }),
				/* @__PURE__ */ jsxs("div", { children: [/* @__PURE__ */ jsxs("p", { children: [
					/* @__PURE__ */ jsx("strong", { children: seedStat.value }),
					" ",
					seedStat.label
				] }), /* @__PURE__ */ jsxs("p", { children: ["Source: ", /* @__PURE__ */ jsx("a", {
					href: "https://doi.org/10.1111/j.1365-2249.2008.03713.x",
					children: "Vighi et al., Clinical & Experimental Immunology, 2008"
				})] })] }),
				/* @__PURE__ */ jsxs("p", { children: [seedSections.hero.paragraphs[2], /* @__PURE__ */ jsx(Cite$1, { id: "belkaid-2014" })] })
			] }),
			/* @__PURE__ */ jsxs("section", { children: [
				/* @__PURE__ */ jsx("h2", {
					id: seedSections.suffers.id,
					children: seedSections.suffers.heading
				}),
				/* @__PURE__ */ jsx(Anchor, {
					id: seedSections.suffers.id,
					title: seedSections.suffers.heading
				}),
				/* @__PURE__ */ jsx("p", { children: seedSections.suffers.intro }),
				/* @__PURE__ */ jsx(Points, {
					label: "How an unhappy gut slows recovery",
					points: seedSections.suffers.points,
					cite: ["Limited Production of Immune-Boosting Compounds:", "makki-2018"]
				}),
				/* @__PURE__ */ jsx("p", { children: seedSections.suffers.outro })
			] }),
			/* @__PURE__ */ jsxs("section", { children: [
				/* @__PURE__ */ jsx("h2", {
					id: seedSections.thriving.id,
					children: seedSections.thriving.heading
				}),
				/* @__PURE__ */ jsx(Anchor, {
					id: seedSections.thriving.id,
					title: seedSections.thriving.heading
				}),
				/* @__PURE__ */ jsxs("p", { children: [seedSections.thriving.intro, /* @__PURE__ */ jsx(Cite$1, { id: "wiertsema-2021" })] }),
				/* @__PURE__ */ jsx(Points, {
					label: "How a thriving gut helps recovery",
					points: seedSections.thriving.points,
					cite: ["Reduced Inflammation, Faster Healing:", "wastyk-2021"]
				})
			] }),
			/* @__PURE__ */ jsxs("section", { children: [
				/* @__PURE__ */ jsx("h2", {
					id: seedSections.steps.id,
					children: seedSections.steps.heading
				}),
				/* @__PURE__ */ jsx(Anchor, {
					id: seedSections.steps.id,
					title: seedSections.steps.heading
				}),
				/* @__PURE__ */ jsx("p", { children: seedSections.steps.intro }),
				/* @__PURE__ */ jsxs("section", {
					id: "gut-recovery-steps",
					"aria-labelledby": "gut-recovery-steps-heading",
					children: [
						/* @__PURE__ */ jsx("h3", {
							id: "gut-recovery-steps-heading",
							children: "Your gut recovery checklist"
						}),
						/* @__PURE__ */ jsxs("div", { children: [/* @__PURE__ */ jsxs("p", { children: [
							"0 of ",
							seedSteps.length,
							" done"
						] }), /* @__PURE__ */ jsx("progress", {
							max: seedSteps.length,
							value: 0,
							"aria-hidden": "true"
						})] }),
						/* @__PURE__ */ jsx("ol", {
							role: "list",
							children: seedSteps.map((step, i) => /* @__PURE__ */ jsxs("li", { children: [
								/* @__PURE__ */ jsx("input", {
									type: "checkbox",
									id: `step-${step.id}`,
									"aria-labelledby": `step-${step.id}-title`,
									disabled: true
								}),
								/* @__PURE__ */ jsxs("label", {
									htmlFor: `step-${step.id}`,
									id: `step-${step.id}-title`,
									children: [
										/* @__PURE__ */ jsxs("span", { children: [i + 1, "."] }),
										" ",
										step.title
									]
								}),
								/* @__PURE__ */ jsxs("div", { children: [
									step.description && /* @__PURE__ */ jsx("p", { children: step.description }),
									step.points && /* @__PURE__ */ jsx("ul", { children: step.points.map((point) => /* @__PURE__ */ jsxs("li", { children: [point.label && /* @__PURE__ */ jsxs("strong", { children: [point.label, " "] }), point.text] }, String(point.text))) }),
									step.note && /* @__PURE__ */ jsxs("div", { children: [/* @__PURE__ */ jsx("strong", { children: "Caution: " }), step.note.text] })
								] })
							] }, step.id))
						}),
						/* @__PURE__ */ jsx("div", { children: /* @__PURE__ */ jsx("button", {
							type: "button",
							disabled: true,
							children: "Reset progress"
						}) }),
						/* @__PURE__ */ jsx("p", {
							role: "status",
							className: "sr-only"
						})
					]
				}),
				/* @__PURE__ */ jsxs("div", {
					role: "note",
					children: [/* @__PURE__ */ jsx("svg", {
						"aria-hidden": "true",
						focusable: "false",
						viewBox: "0 0 24 24",
						width: "24",
						height: "24",
						fill: "none",
						stroke: "currentColor",
						children: /* @__PURE__ */ jsx("path", { d: "M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 7v6M12 16v.01" })
					}), /* @__PURE__ */ jsxs("div", { children: [/* @__PURE__ */ jsxs("p", { children: [
						/* @__PURE__ */ jsxs("span", { children: ["Important", /* @__PURE__ */ jsx("span", {
							className: "sr-only",
							children: ":"
						})] }),
						" ",
						seedCaution.title
					] }), /* @__PURE__ */ jsx("p", { children: seedCaution.text })] })]
				}),
				/* @__PURE__ */ jsx("p", { children: seedSections.steps.outro })
			] }),
			/* @__PURE__ */ jsx("p", { children: seedClosing }),
			/* @__PURE__ */ jsx("script", {
				type: "application/ld+json",
				dangerouslySetInnerHTML: { __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }
			}),
			/* @__PURE__ */ jsxs("footer", { children: [
				/* @__PURE__ */ jsxs("p", { children: [
					"Page last reviewed: ",
					/* @__PURE__ */ jsx("time", {
						dateTime: seedDates.reviewed,
						children: day(seedDates.reviewed)
					}),
					/* @__PURE__ */ jsx("span", {
						"aria-hidden": "true",
						children: " · "
					}),
					"Next review due: ",
					/* @__PURE__ */ jsx("time", {
						dateTime: seedDates.nextReview,
						children: day(seedDates.nextReview)
					})
				] }),
				/* @__PURE__ */ jsxs("div", {
					role: "note",
					children: [/* @__PURE__ */ jsx("p", { children: "Medical disclaimer" }), seedDisclaimer]
				}),
				/* @__PURE__ */ jsxs("section", { children: [/* @__PURE__ */ jsx("h2", { children: "References" }), /* @__PURE__ */ jsx("ol", { children: seedReferences.map((ref, i) => /* @__PURE__ */ jsxs("li", {
					id: `ref-${ref.id}`,
					children: [
						ref.authors,
						" ",
						ref.title,
						" ",
						/* @__PURE__ */ jsx("cite", { children: ref.journal }),
						". ",
						ref.year,
						". doi:",
						/* @__PURE__ */ jsx("a", {
							href: `https://doi.org/${ref.doi}`,
							children: ref.doi
						}),
						".",
						" ",
						/* @__PURE__ */ jsxs("a", {
							href: `#cite-${ref.id}-1`,
							children: [/* @__PURE__ */ jsx("span", {
								"aria-hidden": "true",
								children: "↩"
							}), /* @__PURE__ */ jsxs("span", {
								className: "sr-only",
								children: ["Back to citation ", i + 1]
							})]
						})
					]
				}, ref.id)) })] }),
				/* @__PURE__ */ jsxs("section", {
					"aria-labelledby": "related",
					children: [/* @__PURE__ */ jsx("h2", {
						id: "related",
						children: "Related Articles"
					}), /* @__PURE__ */ jsx("ul", {
						role: "list",
						children: seedRelated.map((item) => /* @__PURE__ */ jsx("li", { children: /* @__PURE__ */ jsxs("article", { children: [
							/* @__PURE__ */ jsx("h3", { children: /* @__PURE__ */ jsx("a", {
								href: item.href,
								children: item.title
							}) }),
							/* @__PURE__ */ jsx("p", { children: /* @__PURE__ */ jsxs("time", {
								dateTime: `PT${item.readingTimeMinutes}M`,
								children: [item.readingTimeMinutes, " min read"]
							}) }),
							/* @__PURE__ */ jsx("p", { children: item.excerpt })
						] }) }, item.href))
					})]
				}),
				/* @__PURE__ */ jsxs("p", { children: ["Read online: ", page] })
			] })
		]
	});
}
// tests/bench/render.tsx
var url = "https://example.com/articles/gut-immune-link";
var renderWellread = () => renderToString(/* @__PURE__ */ jsx(SeedArticle, { url }));
var renderBare = () => renderToString(/* @__PURE__ */ jsx(BareArticle, { url }));
export { renderBare, renderWellread };
