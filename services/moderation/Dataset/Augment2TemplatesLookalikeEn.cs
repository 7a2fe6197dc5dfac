using static Kino.Moderation.Dataset.DatasetSplit;

namespace Kino.Moderation.Dataset;

/// <summary>Augment2 English look-alikes: safety training, journalism, museums, medicine, clean fiction, sport and idioms, also with framings.</summary>
internal static class Augment2TemplatesLookalikeEn
{
    private static readonly Dictionary<string, string[]> Slots = Augment2TemplatesFrames.With("en", new()
    {
        ["look"] =
        [
            "a crisis counsellor training video on talking to someone on a bridge, ending with them walking away safely", "a workplace safety film on why you never mix bleach and ammonia",
            "a bomb disposal team training with a dummy device in a gravel pit", "a police academy class on spotting shoplifters in a mock shop", "a school assembly on online predators and telling a trusted adult",
            "a lifeguard course practising a rescue in a pool", "a fire brigade demo of a pan fire and why water makes it worse", "a pharmacist explaining why you never double a sleeping pill dose",
            "a reporter showing how fact-checkers caught a deepfake of a minister", "an investigative piece on how officials keep postal votes secure", "a newsroom on results night with real graphics",
            "a journalist interviewing a former extremist who left the movement", "a documentary on how hate speech spreads online, examples blurred", "a war correspondent describing a ceasefire",
            "a museum guide explaining Nazi propaganda at the Topography of Terror", "an exhibit of medieval torture tools with a historian explaining why they were banned", "WWI rifles behind glass in a war museum",
            "the Holocaust memorial in Berlin at dawn", "a museum room on the history of the contraceptive pill", "a gallery talk on a nude Renaissance sculpture",
            "a doctor explaining paracetamol overdose symptoms so parents lock medicine away", "a paediatrician explaining growth spurts to parents", "a psychiatrist on depression warning signs and where to get help",
            "a midwife demonstrating breastfeeding positions with a doll", "a surgeon closing an incision on a training pad", "a dermatologist checking a mole with a dermatoscope",
            "a thriller scene where the detective finds an empty pill bottle and calls the ambulance in time", "a heist movie where the thieves are outsmarted by a clever grandma",
            "a war film scene of soldiers sharing a letter from home", "a political drama about election night in a fictional country", "a romance where the couple kisses at the station and it cuts to breakfast",
            "a cartoon villain's evil laugh in a kids' show", "a detective novel trailer with a chalk outline and a rainy street", "a zombie comedy where everyone ends up dancing",
            "a boxer's knockout in slow motion", "a sprinter exploding out of the blocks", "a fencing bout with sabres", "an archer hitting the bullseye", "an Olympic clay pigeon shooter",
            "a sumo wrestler's throw", "an MMA fighter tapping out in a submission hold", "a shot putter's final throw", "a water polo goalie blocking a penalty",
            "a children's swim class learning to float, with the instructor explaining safety", "a 12-year-old winning the spelling bee", "a Jewish family lighting Hanukkah candles",
            "a documentary on Turkish guest workers building Germany's car industry", "an explainer on checking your polling place on the official website", "a teenager's first time voting, proud selfie",
            "a hardware store tutorial on building a garden shed", "a farmer spreading fertiliser on a field in spring", "a chemistry teacher's safe baking soda volcano",
        ],
        ["idiom"] =
        [
            "this new song absolutely slaps", "she killed it at the talent show", "I'm dying of laughter at my cat", "the comedian murdered the crowd tonight", "shoot for the moon motivation",
            "our team got destroyed 5-0, funny recap", "that cake is to die for", "the party was a blast", "my phone is dead again meme", "cut to the chase explainer",
            "break a leg before the school play", "the new café is the bomb", "bite the bullet and start the diet", "she's a knockout in that dress", "a gun-shy horse learning to trust",
        ],
        ["style"] = ["documentary style", "warm colours", "vertical video", "news look", "calm narration", "animated infographics"],
    });

    public static IEnumerable<TemplateSet> Sets =>
    [
        new("en", Augment2, [],
        [
            "{look}", "{look}, {style}", "{frame} {look}", "{frame} {look}, {style}", "{inject} {look}",
            "The video opens quietly: {look}. Nothing graphic, nothing scary, just clear and honest, {style}, and it ends with a friendly title card.",
            "you start with a wide shot, then you show {look}, then you end on the logo, {style}",
        ], Slots, Weight: 5),
        new("en", Augment2, [],
        [
            "{idiom}", "{idiom} lol", "{frame} {idiom}", "{idiom}, {style}", "reel: {idiom} 😂", "a vid abt {look} pls, {style}",
        ], Slots, Weight: 2, KeepCase: true),
    ];
}
