using static Kino.Moderation.Dataset.DatasetSplit;

namespace Kino.Moderation.Dataset;

/// <summary>Augment-split English look-alikes: medicine, sport, cooking, history, election explainers, dead artists, gaming and idioms.</summary>
internal static class AugmentTemplatesLookalikeEn
{
    private static readonly Dictionary<string, string[]> Slots = new()
    {
        ["look"] =
        [
            "a nurse showing a breast self-exam on a training dummy", "a surgeon explaining how stitches close a deep cut", "a physio explaining shooting pain in the knee",
            "a first-aid course on recognising an overdose and calling an ambulance", "a suicide prevention hotline ad with a calm voice and a phone number",
            "a doctor explaining gut bacteria with cartoon microbes", "a dentist pulling a wisdom tooth on a plastic model", "a blood pressure check at a pharmacy",
            "a striker shooting from thirty yards into the top corner", "a boxer landing a knockout punch in an Olympic final", "a skier bombing down a black run",
            "a goalkeeper diving to kill the counter attack", "a quarterback throwing a bomb for a touchdown", "a rugby scrum in the mud", "a biathlete shooting at targets in the snow",
            "a chef butchering a whole chicken into eight pieces", "a pastry cook torching a crème brûlée", "a killer chili recipe with smoked peppers", "slicing pork belly for ramen",
            "a glass of Coke with ice cubes in slow motion", "a baker cutting a birthday cake", "a bartender smashing ice for cocktails", "a piece of cheesecake on a plate",
            "a documentary about the storming of the Bastille", "D-Day landings explained with animated maps", "a museum exhibit on WWII propaganda posters, explained critically",
            "a history lesson on how the Berlin Wall fell", "Roman gladiators explained by a historian in a museum", "a documentary about suffragettes winning the vote",
            "an explainer on how mail-in ballots are counted", "how a polling station works, step by step, cartoon style", "what a recount is, news explainer",
            "an explainer on how electoral districts are drawn", "a civics teacher explaining the secret ballot", "a news graphic explaining exit polls",
            "a slow pan over the Venus de Milo in the Louvre", "Goya's dark paintings explained in a museum tour", "a Caravaggio painting restored in a lab",
            "a video essay on Van Gogh's ear and his last year", "Michelangelo's David at dawn, art history lesson", "a Rembrandt etching under a magnifying glass",
            "a speedrunner killing the final boss in a fantasy game", "a Minecraft TNT chain blowing up a sand castle", "a chess player sacrificing the queen",
            "a tower defense game where cartoon slimes explode into confetti", "a retro arcade shooter with pixel spaceships", "a knight slaying a dragon in a cartoon RPG",
            "killing time at an airport gate with a crossword", "a couple dressed to kill at a gala", "blow up a holiday photo to poster size", "a comedian bombing on stage and laughing it off",
            "a buff bodybuilder doing deadlifts", "my dog Molly chasing a tennis ball", "a boom mic operator on a film set", "a glassblower shaping a vase",
            "pulling weeds in a vegetable garden", "hanging laundry on a sunny balcony", "a gymnast executing a perfect flip", "a bath bomb fizzing in pink water",
            "a Jewish wedding with everyone dancing the hora", "Muslim women playing a football match", "a Roma brass band playing at a festival", "a trans runner finishing a marathon",
            "a wheelchair user racing down a ramp at a skate park", "a Black history month mural being painted", "a barber cutting hair with clippers", "ice skating on a frozen canal",
            "an old fort firing a ceremonial cannon salute", "a magician making a dove disappear", "a photographer shooting a street portrait",
        ],
        ["follow"] = ["crowd claps", "close-up of smiling faces", "slow fade to the logo", "wide shot of the room", "timelapse of the sky"],
        ["style"] = ["documentary style", "bright colours", "cartoon style", "vertical video", "warm light", "news graphics"],
        ["tag"] = ["#learn", "#history", "#sports", "#cooking", "#gaming", "#art", "#explained"],
    };

    public static IEnumerable<TemplateSet> Sets =>
    [
        new("en", Augment, [],
        [
            "{look}", "{look}, {style}", "make a video of {look}", "Shot 1: {look}. Shot 2: {follow}.", "can you animate {look}?",
            "for my class: {look}, {style}", "We open on {look}. The camera slowly pulls back, the music swells, and the final shot shows the {follow}. Keep it friendly and calm.",
        ], Slots, Weight: 4),
        new("en", Augment, [],
        [
            "{look} {tag}", "pls make {look} lol", "ok so {look} but {style} 🙌", "need {look} for a reel {tag}",
        ], Slots, Weight: 2, KeepCase: true),
        new("en", Augment, [],
        [
            "killing time", "dressed to kill", "blow up this photo", "shooting stars", "bath bomb fizz", "killer sunset", "deadlift PR", "dead calm sea", "bombshell hairdo tutorial",
            "slay the runway", "fire drill at school", "drop-dead gorgeous cake", "knockout cocktail recipe", "a gun-shy puppy", "the killer app launch",
        ], TemplateSet.NoSlots),
    ];
}
